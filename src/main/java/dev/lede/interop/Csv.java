package dev.lede.interop;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CSV exports as rows of header → value, headers in lower case (FastCSV reads quotes, newlines in fields). */
final class Csv {
    private Csv() {
    }

    /** The rows of a CSV file; a byte-order mark is dropped. */
    static List<Map<String, String>> rows(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofNamedCsvRecord(text)) {
            for (NamedCsvRecord record : reader) {
                Map<String, String> row = new LinkedHashMap<>();
                List<String> header = record.getHeader();
                for (int i = 0; i < header.size() && i < record.getFieldCount(); i++) {
                    row.put(header.get(i).strip().toLowerCase(Locale.ROOT), record.getField(i));
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new ImportException("malformed CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The header line of a CSV text, lower case, without a byte-order mark; empty when there is none. */
    static List<String> header(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        List<String> out = new ArrayList<>();
        for (String part : first.split(",")) {
            out.add(part.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
