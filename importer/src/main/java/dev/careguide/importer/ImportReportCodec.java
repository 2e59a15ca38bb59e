package dev.careguide.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.careguide.model.AtomicFiles;
import java.nio.file.Path;

/**
 * Writes an {@link ImportReport} as {@code import-report.json}: pretty-printed, LF line endings, stable key
 * order, no timestamps, so the same import gives byte-identical files. Files are written to a temporary file
 * and moved into place, so a failure leaves an earlier report untouched.
 */
public final class ImportReportCodec {

    private final ObjectWriter writer;

    public ImportReportCodec() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf);
        this.writer = mapper.writer(printer);
    }

    /** The report as JSON text ending with a newline. */
    public String toJson(ImportReport report) {
        try {
            return writer.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize import report", e);
        }
    }

    /** Writes the report to {@code file} atomically, creating parent directories. */
    public void write(ImportReport report, Path file) {
        AtomicFiles.write(file, toJson(report));
    }
}
