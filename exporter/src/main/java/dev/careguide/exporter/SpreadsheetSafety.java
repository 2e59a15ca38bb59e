package dev.careguide.exporter;

import java.util.regex.Pattern;

/**
 * CSV injection defence as OWASP describes it: a cell starting with {@code = + - @}, TAB or CR gets a leading
 * apostrophe so spreadsheet applications show it as text instead of evaluating it as a formula. A cell that is
 * just a signed decimal number ({@code -18}, {@code +1.5}) is left alone: a spreadsheet reads it as that
 * number. Meant for files people open in spreadsheets; machine consumers turn it off to read cells back
 * unchanged.
 */
public final class SpreadsheetSafety {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetSafety() {}

    /** The cell as written with spreadsheet safety on; {@code null} stays {@code null}. */
    public static String neutralize(String cell) {
        if (cell == null
                || cell.isEmpty()
                || TRIGGERS.indexOf(cell.charAt(0)) < 0
                || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
