package org.trainingplatform.notification.message;

import org.trainingplatform.notification.content.EmailContent;
import org.trainingplatform.notification.content.SmsText;
import org.trainingplatform.support.sms.SmsSegments.Encoding;

/** A message as written for its channel: subject and HTML for an email; encoding and segments for an SMS. */
public record Content(String subject, String html, String text, Encoding encoding, Integer segments) {

    static Content email(EmailContent email) {
        return new Content(email.subject(), email.html(), email.text(), null, null);
    }

    static Content sms(SmsText sms) {
        return new Content(null, null, sms.text(), sms.encoding(), sms.segments());
    }
}
