package org.trainingplatform.assessment.gradebook;

import org.trainingplatform.support.web.InvalidFieldException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores on the 10-point scale: from 0 to 10, with at most two decimals. */
final class Scores {

    private Scores() {
    }

    static BigDecimal valid(BigDecimal score, String field) {
        if (score == null) {
            throw new InvalidFieldException(field, "must be a score from 0 to 10");
        }
        if (score.compareTo(BigDecimal.ZERO) < 0 || score.compareTo(BigDecimal.TEN) > 0) {
            throw new InvalidFieldException(field, "must be from 0 to 10, was " + score.toPlainString());
        }
        if (score.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException(field, "may have at most two decimals, was " + score.toPlainString());
        }
        return score.setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal parse(String text, String field) {
        try {
            return valid(new BigDecimal(text.trim().replace(',', '.')), field);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a number such as 8.5, was '" + text + "'");
        }
    }
}
