package org.trainingplatform.notification;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The facts of an event a message gives, as text; those the event does not have are left out. */
final class Details {

    private Details() {
    }

    /** @param keysAndValues key, value, key, value, …; a null or blank value leaves its key out */
    static Map<String, String> of(Object... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null && !value.toString().isBlank()) {
                details.put(keysAndValues[i].toString(), value instanceof BigDecimal decimal
                        ? decimal.toPlainString() : value.toString());
            }
        }
        return details;
    }
}
