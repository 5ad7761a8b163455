/**
 * Shared technical infrastructure: security, web layout support, the clock. Open to every module; depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.warrantyportal.infrastructure;
