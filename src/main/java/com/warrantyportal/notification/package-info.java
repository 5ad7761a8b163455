/**
 * E-mail to owners through a stored outbox: mails are written in the transaction of the change they report and sent
 * afterwards by a scheduler that retries with back-off, so a mail-server failure never loses or blocks a claim.
 */
package com.warrantyportal.notification;
