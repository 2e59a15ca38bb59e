package dev.careguide.exporter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code csv/<locale>/<guide-id>/<table>.csv} through Commons CSV: RFC 4180, UTF-8, CRLF, a header row,
 * spreadsheet-safe cells unless turned off, and a UTF-8 BOM for the Excel variant. The column mapping is
 * {@link CsvTables}.
 */
public final class CsvExporter implements Exporter {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void write(LocalizedGuide guide, ExportContext ctx) throws IOException {
        boolean safe = ctx.options().spreadsheetSafeCsv();
        for (CsvTable table : CsvTables.of(guide)) {
            String path = "csv/" + guide.locale() + "/" + guide.guide() + "/" + table.name() + ".csv";
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setHeader(table.columns().toArray(String[]::new))
                    .setRecordSeparator("\r\n")
                    .get();
            try (OutputStream out = ctx.create(guide, path, MEDIA_TYPE)) {
                if (ctx.options().excelCsv()) {
                    out.write(BOM);
                }
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                    for (List<String> row : table.rows()) {
                        printer.printRecord(safe ? row.stream().map(SpreadsheetSafety::neutralize).toList() : row);
                    }
                }
            }
        }
    }
}
