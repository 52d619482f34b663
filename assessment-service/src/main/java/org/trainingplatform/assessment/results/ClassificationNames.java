package org.trainingplatform.assessment.results;

import org.trainingplatform.assessment.grading.Classification;

/** Classifications as they are printed. */
final class ClassificationNames {

    private ClassificationNames() {
    }

    static String vietnamese(Classification classification) {
        return switch (classification) {
            case EXCELLENT -> "Xuất sắc";
            case VERY_GOOD -> "Giỏi";
            case GOOD -> "Khá";
            case AVERAGE -> "Trung bình";
            case FAIL -> "Không đạt";
        };
    }
}
