/** Recall campaigns: which units a manufacturer's remedy covers, for the verdict, the owners' badges and staff. */
package com.warrantyportal.recall;
