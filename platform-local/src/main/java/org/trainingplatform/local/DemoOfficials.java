package org.trainingplatform.local;

import java.util.List;

/** Officials of the Hanoi departments for reference scenario S1, as a spreadsheet export the agency imports. */
final class DemoOfficials {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô");
    private static final List<String> MIDDLE = List.of("Thị", "Văn", "Minh", "Quốc", "Thu", "Đức", "Ngọc", "Hữu");
    private static final List<String> GIVEN = List.of("Tuyến", "Hùng", "Lan", "Nam", "Hoa", "Tuấn", "Hương", "Dũng", "Mai",
            "Sơn", "Hà", "Quang", "Thảo", "Long", "Yến", "Khánh", "Phương");
    private static final List<String> UNITS = List.of("Sở Xây dựng", "Sở Quy hoạch - Kiến trúc", "Sở Giao thông vận tải",
            "Sở Tài nguyên và Môi trường", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng", "Sở Thông tin và Truyền thông");

    private DemoOfficials() {
    }

    /**
     * {@code count} officials in the positions of S1 class 2: deputy directors of departments, heads of
     * project management boards and public-service units, and officials in the pipeline for those posts.
     */
    static String classTwoCsv(int count) {
        StringBuilder csv = new StringBuilder("personnelCode,fullName,position,unit,pipelinePosition,email,phone,preferredLanguage\n");
        for (int i = 0; i < count; i++) {
            String position = switch (i % 4) {
                case 0, 1 -> "Phó Giám đốc Sở";
                case 2 -> "Trưởng ban quản lý dự án";
                default -> "Trưởng phòng";
            };
            String pipeline = i % 4 == 3 ? "Phó Giám đốc Sở" : "";
            row(csv, "HN-S1-" + (i + 1), i, position, UNITS.get(i % UNITS.size()), pipeline, i % 5 == 4 ? "en" : "vi");
        }
        return csv.toString();
    }

    /** {@code count} deputy chairs of district people's committees, the audience of S1 class 1. */
    static String classOneCsv(int count) {
        StringBuilder csv = new StringBuilder("personnelCode,fullName,position,unit,pipelinePosition,email,phone,preferredLanguage\n");
        for (int i = 0; i < count; i++) {
            row(csv, "HN-S1K1-" + (i + 1), i + 7, "Phó Chủ tịch UBND quận", "UBND quận " + List.of("Ba Đình", "Hoàn Kiếm",
                    "Đống Đa", "Cầu Giấy", "Tây Hồ", "Long Biên").get(i % 6), "", "vi");
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String code, int i, String position, String unit, String pipeline, String language) {
        String name = FAMILY.get(i % FAMILY.size()) + " " + MIDDLE.get((i / 3) % MIDDLE.size()) + " " + GIVEN.get(i % GIVEN.size());
        csv.append(code).append(',').append(name).append(',').append(position).append(',').append(unit).append(',')
                .append(pipeline).append(',').append(code.toLowerCase()).append("@hanoi.gov.vn,")
                .append("09").append(String.format("%08d", 12_345_000 + i)).append(',').append(language).append('\n');
    }
}
