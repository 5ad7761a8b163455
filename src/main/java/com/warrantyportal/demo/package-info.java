/**
 * Demo data for the embedded default setup: accounts for every role, a small catalogue, units and claims.
 * Loaded once, only when {@code warranty.demo-data=true} (never under the mysql profile).
 */
package com.warrantyportal.demo;
