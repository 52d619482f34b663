package org.trainingplatform.notification;

import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineeRegistered;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reference scenario S1 (Hanoi, programme 2, class 2) as enrolment events: the city's Department of
 * Home Affairs organises; departments nominate their deputy directors. Every call makes fresh ids, so
 * that tests sharing the broker and the mail server never see each other's messages.
 */
final class S1 {

    static final String HOME_AFFAIRS = "hanoi-home-affairs";
    static final String DEPARTMENT_OF_CONSTRUCTION = "hanoi-construction";
    static final String PROGRAMME = "Nâng cao năng lực chỉ đạo, điều hành xây dựng các chương trình, đề án phát triển "
            + "TP xanh, thông minh, hiện đại";
    static final String VENUE = "Học viện Cán bộ quản lý xây dựng và đô thị";
    static final LocalDate START = LocalDate.of(2022, 8, 8);
    static final LocalDate END = LocalDate.of(2022, 8, 12);

    private S1() {
    }

    static ClassOpened classOpened(String organiser) {
        return new ClassOpened(UUID.randomUUID().toString(), organiser, UUID.randomUUID().toString(), PROGRAMME, "Lớp 2",
                List.of("academy-construction"), List.of(DEPARTMENT_OF_CONSTRUCTION),
                List.of("Phó Giám đốc Sở", "Trưởng ban quản lý dự án"), 35, START, END, VENUE, "Asia/Ho_Chi_Minh");
    }

    static TraineeRegistered trainee(String agency, String fullName, String language) {
        String id = UUID.randomUUID().toString();
        return new TraineeRegistered(id, agency, fullName, "Phó Giám đốc Sở", "Sở Xây dựng", null,
                id.substring(0, 8) + "@hanoi.gov.vn", randomMobile(), language);
    }

    static TraineeEnrolled enrolled(ClassOpened klass, TraineeRegistered trainee) {
        return new TraineeEnrolled(klass.classId(), klass.agencyId(), trainee.traineeId(), trainee.agencyId());
    }

    static String randomMobile() {
        return "+8491" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
