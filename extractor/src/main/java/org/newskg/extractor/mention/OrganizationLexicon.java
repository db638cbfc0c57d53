package org.newskg.extractor.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The word lists organization names are read with: units that follow a region (人社厅, 委宣传部) with
 * the formal names they expand to, organizations of national standing (新华社, 国务院), and the
 * home region of each paper. Loaded once from the classpath; immutable afterwards.
 */
final class OrganizationLexicon {

    private static final String BASE = "/org/newskg/data/lexicon/";

    /** A unit after a region: {@code formal} and {@code parent} hold {R} where the region goes. */
    record Unit(String form, String formal, String type, String parent, boolean standsAlone) {

        private static final Pattern CITY_ENDING = Pattern.compile("市$");

        String formalFor(String region) {
            // Garrison commands are named after the city without 市 (呼和浩特警备区).
            return formal.replace("{R-}", CITY_ENDING.matcher(region).replaceAll("")).replace("{R}", region);
        }

        String parentFor(String region) {
            return parent == null ? null : parent.replace("{R}", region);
        }
    }

    record KnownOrganization(String written, String canonical, String type, String parent) {
    }

    record HomeRegions(String home, String province) {
    }

    private final List<Unit> unitsLongestFirst;
    private final List<KnownOrganization> knownLongestFirst;
    private final Map<String, HomeRegions> paperHomes;

    private OrganizationLexicon(List<Unit> units, List<KnownOrganization> known, Map<String, HomeRegions> homes) {
        units.sort(Comparator.comparingInt((Unit u) -> u.form().length()).reversed());
        known.sort(Comparator.comparingInt((KnownOrganization k) -> k.written().length()).reversed());
        this.unitsLongestFirst = List.copyOf(units);
        this.knownLongestFirst = List.copyOf(known);
        this.paperHomes = Map.copyOf(homes);
    }

    static OrganizationLexicon load() {
        List<Unit> units = new ArrayList<>();
        for (String[] row : rows("org-abbreviations.tsv", 5)) {
            units.add(new Unit(row[0], row[1], row[2], "-".equals(row[3]) ? null : row[3], "yes".equals(row[4])));
        }
        List<KnownOrganization> known = new ArrayList<>();
        for (String[] row : rows("org-names.tsv", 4)) {
            known.add(new KnownOrganization(row[0], row[1], row[2], "-".equals(row[3]) ? null : row[3]));
        }
        Map<String, HomeRegions> homes = new HashMap<>();
        for (String[] row : rows("paper-home-regions.tsv", 3)) {
            homes.put(row[0], new HomeRegions(row[1], row[2]));
        }
        return new OrganizationLexicon(units, known, homes);
    }

    List<Unit> unitsLongestFirst() {
        return unitsLongestFirst;
    }

    List<KnownOrganization> knownLongestFirst() {
        return knownLongestFirst;
    }

    Optional<HomeRegions> homeOf(String paper) {
        return Optional.ofNullable(paper == null ? null : paperHomes.get(paper));
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = OrganizationLexicon.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + BASE + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < columns) {
                    throw new IllegalStateException(file + ": expected " + columns + " columns in: " + line);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
