package org.trainingplatform.assessment.grading;

/** Xếp loại: xuất sắc, giỏi, khá, trung bình, không đạt. */
public enum Classification {
    EXCELLENT, VERY_GOOD, GOOD, AVERAGE, FAIL;

    public boolean isGoodOrAbove() {
        return this == EXCELLENT || this == VERY_GOOD || this == GOOD;
    }

    public boolean isVeryGoodOrAbove() {
        return this == EXCELLENT || this == VERY_GOOD;
    }
}
