/**
 * The eligibility engine: plain Java that turns the facts of a claim into a verdict, following
 * {@code docs/domain.md} rule by rule. No Spring, no database, no clock: every date comes in as an argument.
 */
package com.warrantyportal.eligibility;
