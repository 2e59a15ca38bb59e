package dev.careguide.exporter;

/**
 * CSV injection defence as OWASP describes it: a cell starting with {@code = + - @}, TAB or CR gets a leading
 * apostrophe so spreadsheet applications show it as text instead of evaluating it as a formula. Meant for
 * files people open in spreadsheets; machine consumers turn it off to read cells back unchanged.
 */
public final class SpreadsheetSafety {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetSafety() {
    }

    /** The cell as written with spreadsheet safety on; {@code null} stays {@code null}. */
    public static String neutralize(String cell) {
        if (cell == null || cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }
}
