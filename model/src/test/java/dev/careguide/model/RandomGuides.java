package dev.careguide.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates valid guides from a seed: Unicode text (control characters, combining marks, emoji, RTL scripts),
 * decimal quantities and ranges, and lists that are often empty. The same seed always gives the same guide.
 */
final class RandomGuides {

    private static final int[][] CODE_POINT_RANGES = {
        {0x20, 0x7E},
        {0x00, 0x1F},
        {0xA0, 0xFF},
        {0x400, 0x4FF},
        {0x590, 0x5FF},
        {0x300, 0x36F},
        {0x4E00, 0x4FFF},
        {0x2000, 0x206F},
        {0x1F300, 0x1F64F},
        {0xFFF0, 0xFFFD}
    };
    private static final String QUOTES = "\"\\/'<>&";
    private static final String[] LOCALES = {"ru", "en", "en-US", "de-CH", "zh-Hant-TW", "sr-Latn-RS", "und"};

    private final Random random;

    RandomGuides(long seed) {
        this.random = new Random(seed);
    }

    Guide guide() {
        List<Specialist> specialists =
                list(3, i -> new Specialist(id(ItemType.SPECIALIST, i), title(), text(), review(), provenance()));
        List<String> specialistIds = specialists.stream().map(Specialist::id).toList();
        return Guide.builder(slug(), LOCALES[random.nextInt(LOCALES.length)])
                .title(title())
                .summary(text())
                .causes(list(
                        4,
                        i -> new Cause(
                                id(ItemType.CAUSE, i),
                                title(),
                                text(),
                                pick(CauseCategory.values()),
                                list(3, j -> title()),
                                review(),
                                provenance())))
                .remedies(list(4, i -> remedy(i, specialistIds)))
                .exercises(list(
                        3,
                        i -> new Exercise(
                                id(ItemType.EXERCISE, i),
                                title(),
                                text(),
                                list(4, j -> title()),
                                dosage(),
                                list(3, j -> title()),
                                review(),
                                provenance())))
                .specialists(specialists)
                .nutrientSources(list(
                        3,
                        i -> new NutrientSource(
                                id(ItemType.NUTRIENT_SOURCE, i),
                                title(),
                                text(),
                                title(),
                                list(4, j -> title()),
                                review(),
                                provenance())))
                .warningSigns(list(
                        3, i -> new WarningSign(id(ItemType.WARNING_SIGN, i), title(), text(), review(), provenance())))
                .build();
    }

    private Remedy remedy(int index, List<String> specialistIds) {
        SafetyLevel level = pick(SafetyLevel.values());
        Safety safety = level == SafetyLevel.OK && random.nextBoolean() ? Safety.OK : new Safety(level, title());
        List<String> specialists = specialistIds.isEmpty()
                ? List.of()
                : list(2, j -> specialistIds.get(random.nextInt(specialistIds.size())));
        return new Remedy(
                id(ItemType.REMEDY, index),
                title(),
                text(),
                pick(RemedyKind.values()),
                list(4, j -> title()),
                list(3, j -> quantity()),
                safety,
                specialists,
                review(),
                provenance());
    }

    private Dosage dosage() {
        return new Dosage(maybe(this::quantity), maybe(this::quantity), maybe(this::quantity), maybe(this::quantity));
    }

    private Quantity quantity() {
        BigDecimal a = decimal();
        BigDecimal b = random.nextBoolean() ? a : decimal();
        Quantity.Limit limit = random.nextInt(3) == 0 ? null : pick(Quantity.Limit.values());
        return new Quantity(a.min(b), a.max(b), pick(QuantityUnit.values()), limit);
    }

    private BigDecimal decimal() {
        long unscaled = switch (random.nextInt(3)) {
            case 0 -> random.nextInt(20);
            case 1 -> random.nextInt(100_000);
            default -> Math.abs(random.nextLong() % 1_000_000_000_000L);
        };
        return BigDecimal.valueOf(unscaled, random.nextInt(7) - 1);
    }

    private List<Provenance> provenance() {
        return list(3, i -> {
            int start = 1 + random.nextInt(400);
            return new Provenance("articles/" + slug() + ".txt", start, start + random.nextInt(6), text());
        });
    }

    private ReviewStatus review() {
        return pick(ReviewStatus.values());
    }

    private String id(ItemType type, int index) {
        return ItemIds.of(type, slug() + "-" + index);
    }

    private String slug() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append('-');
            }
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }

    /** Text that is not blank. */
    private String title() {
        return (char) ('A' + random.nextInt(26)) + text();
    }

    /** Any text, often empty. */
    private String text() {
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(24);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(10) == 0) {
                sb.append(QUOTES.charAt(random.nextInt(QUOTES.length())));
            } else {
                int[] range = CODE_POINT_RANGES[random.nextInt(CODE_POINT_RANGES.length)];
                sb.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
        }
        return sb.toString();
    }

    private <T> T maybe(Supplier<T> supplier) {
        return random.nextBoolean() ? supplier.get() : null;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private interface Indexed<T> {
        T make(int index);
    }

    private <T> List<T> list(int maxSize, Indexed<T> element) {
        int size = random.nextInt(maxSize + 1);
        List<T> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(element.make(i));
        }
        return list;
    }
}
