package dev.careguide.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code csv/<locale>/<guide-id>/<table>.csv} through Commons CSV: RFC 4180, UTF-8, CRLF, a header row,
 * spreadsheet-safe cells unless turned off, and a UTF-8 BOM for the Excel variant. The column mapping is
 * {@link CsvTables}. Each table is printed into memory and encoded once, not pushed through a
 * {@code Writer} cell by cell.
 */
public final class CsvExporter implements Exporter {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void write(LocalizedGuide guide, ExportContext ctx) throws IOException {
        boolean safe = ctx.options().spreadsheetSafeCsv();
        StringBuilder text = new StringBuilder(16 * 1024);
        for (CsvTable table : CsvTables.of(guide)) {
            text.setLength(0);
            CSVPrinter printer = new CSVPrinter(text, FORMAT);
            printer.printRecord(table.columns());
            for (List<String> row : table.rows()) {
                printer.printRecord(cells(row, safe));
            }
            try (OutputStream out = ctx.create(guide, path(guide, table), MEDIA_TYPE)) {
                if (ctx.options().excelCsv()) {
                    out.write(BOM);
                }
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Where a table of a guide goes in the bundle. */
    static String path(LocalizedGuide guide, CsvTable table) {
        return "csv/" + guide.locale() + "/" + guide.guide() + "/" + table.name() + ".csv";
    }

    /** A row's cells as written: neutralized for spreadsheets when {@code safe}, {@code null} as empty. */
    static List<String> cells(List<String> row, boolean safe) {
        return safe ? row.stream().map(SpreadsheetSafety::neutralize).toList() : row;
    }
}
