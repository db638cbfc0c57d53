package org.newskg.extractor.mention;

import java.util.Locale;

/** How high a region stands in the administrative hierarchy; declaration order is top to bottom. */
public enum RegionLevel {
    COUNTRY, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE;

    /** The word used in regions.tsv and in {@link Mention#ATTR_LEVEL}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegionLevel ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    public boolean isAbove(RegionLevel other) {
        return ordinal() < other.ordinal();
    }
}
