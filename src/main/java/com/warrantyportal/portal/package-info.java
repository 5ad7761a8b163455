/**
 * Pages that span modules: the start page, each role's home page and the public serial check for buyers.
 * Depends on the domain modules' public services; nothing depends on it.
 */
package com.warrantyportal.portal;
