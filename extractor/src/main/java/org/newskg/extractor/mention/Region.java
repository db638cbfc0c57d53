package org.newskg.extractor.mention;

/**
 * One administrative area from the bundled gazetteer.
 *
 * @param code       12-digit NBS division code for Chinese regions, ISO 3166 alpha-2 for other
 *                   countries; null where no code exists (Hong Kong districts, Taiwan's cities)
 * @param name       the full official name, which is the canonical name of its mentions
 * @param parentCode the code of the region it lies in; null for countries
 * @param longitude  GCJ-02 centre, null when unknown
 * @param latitude   GCJ-02 centre, null when unknown
 */
public record Region(String code, String name, RegionLevel level, String parentCode,
                     Double longitude, Double latitude) {

    /** True for Inner Mongolia and everything in it: the region the sample papers write about. */
    public boolean inInnerMongolia() {
        return code != null && code.length() == 12 && code.startsWith("15");
    }
}
