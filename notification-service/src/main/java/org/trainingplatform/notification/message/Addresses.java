package org.trainingplatform.notification.message;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.trainingplatform.notification.channel.Channel;

import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a recipient's address before anything is sent to it. */
final class Addresses {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private Addresses() {
    }

    /** What is wrong with the address, if anything. */
    static Optional<String> problem(Channel channel, String address) {
        if (channel == Channel.SMS) {
            return E164.matcher(address).matches() ? Optional.empty()
                    : Optional.of("'" + address + "' is not a mobile number in international form (E.164, e.g. +84912345678)");
        }
        try {
            new InternetAddress(address, true).validate();
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("'" + address + "' is not a valid email address: " + e.getMessage());
        }
    }
}
