package org.trainingplatform.support.mail;

/**
 * Jakarta Mail 2.1 looks its stream provider up through the ServiceLoader for every MIME part it
 * builds, writes or decodes (jakartaee/mail-api#699, #861): in a Spring Boot jar that is a search of the
 * nested jars, about 40 % of the CPU time spent sending a mail. Naming the provider in the system property the
 * lookup reads first skips the search.
 */
public final class MailStreamProviders {

    private static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreamProviders() {
    }

    /** Names Angus Mail's provider, unless one is named already. */
    public static void nameAngus() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }
}
