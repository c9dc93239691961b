package dev.lede.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Tells data tables (kept whole) from tables used for page layout (cleaned like divs). */
final class Tables {
    private Tables() {
    }

    /** Readability's test: captions, headers, summaries or a real grid of cells mean data. */
    static boolean isDataTable(Element table) {
        if (table.attr("role").equalsIgnoreCase("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty()) {
            return true;
        }
        if (table.select("table").size() > 1) {
            return false;
        }
        if (table.selectFirst("caption, thead, tfoot, colgroup, th") != null) {
            return true;
        }
        Elements trs = table.select("tr");
        int rows = trs.size();
        int columns = 0;
        for (Element row : trs) {
            columns = Math.max(columns, row.select("td").size());
            if (columns > 4) {
                break;
            }
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
