package com.warrantyportal.claim;

/** Why a claim form was refused: the field, the message code and its arguments. */
public record ClaimProblem(String field, String code, Object... args) {
}
