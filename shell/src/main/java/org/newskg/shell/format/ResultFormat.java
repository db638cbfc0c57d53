package org.newskg.shell.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The ways {@code sparql} prints SELECT and ASK results. */
public enum ResultFormat {
    TABLE(null),
    CSV(ResultSetLang.RS_CSV),
    TSV(ResultSetLang.RS_TSV),
    JSON(ResultSetLang.RS_JSON);

    private final Lang standardLang;

    ResultFormat(Lang standardLang) {
        this.standardLang = standardLang;
    }

    /** The standard SPARQL results format, or null for the human-readable table. */
    public Lang standardLang() {
        return standardLang;
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> optionValues() {
        return Arrays.stream(values()).map(ResultFormat::optionValue).toList();
    }

    public static ResultFormat fromOption(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
