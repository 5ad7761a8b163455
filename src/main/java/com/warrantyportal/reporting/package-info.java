/**
 * Reports for supervisors and administrators (/staff/reports): claims received and decided per week, approval rate,
 * time to decision, failure rate per model, top failing components and approved cost. A read model: it reads the
 * claim, unit and catalogue tables with SQL over the indexes and the unit-count summary of migration V35, and
 * changes nothing but that summary. See docs/reports.md.
 */
package com.warrantyportal.reporting;
