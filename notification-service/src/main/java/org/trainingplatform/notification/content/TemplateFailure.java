package org.trainingplatform.notification.content;

/** A template that is missing or cannot be rendered: fails the one message, never the consumer. */
public class TemplateFailure extends RuntimeException {

    TemplateFailure(String template, Throwable cause) {
        super("Template " + template + " could not be rendered: " + rootMessage(cause), cause);
    }

    TemplateFailure(String template, String problem) {
        super("Template " + template + " " + problem);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
