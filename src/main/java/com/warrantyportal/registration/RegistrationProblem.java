package com.warrantyportal.registration;

/** Why a registration was refused: the form field, the message code in messages.properties and its arguments. */
public record RegistrationProblem(String field, String code, Object... args) {
}
