package dev.careguide.exporter;

import java.util.List;

/** One CSV file of a localized guide: its name (without {@code .csv}), header columns and rows of cells. */
record CsvTable(String name, List<String> columns, List<List<String>> rows) {}
