package org.newskg.extractor.mention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extractor.lexicon.Lexicons;

/**
 * The bundled gazetteer (regions.tsv and countries.tsv of the data module): every region with its
 * code, level, parent and centre, and every form in which its name is written. Immutable and
 * loaded once; {@link #bundled()} is safe to share between threads.
 */
public final class RegionGazetteer {

    private static final Logger LOG = LoggerFactory.getLogger(RegionGazetteer.class);
    private static final String RESOURCES = "/org/newskg/data/gazetteer/";

    private final List<Region> regions;
    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> byFullName;
    private final Map<String, List<RegionForm>> forms;
    private final Lexicons lexicons;
    private final RegionShortForms shortForms;
    private final RegionPaperConventions paperConventions;

    private static final class Bundled {
        static final RegionGazetteer INSTANCE = load(Lexicons.bundled());
    }

    private RegionGazetteer(List<Region> regions, List<String[]> countryShortNames, Lexicons lexicons) {
        this.lexicons = lexicons;
        this.shortForms = new RegionShortForms(lexicons);
        this.paperConventions = new RegionPaperConventions(lexicons);
        this.regions = List.copyOf(regions);
        Map<String, Region> codes = new HashMap<>();
        Map<String, List<Region>> names = new HashMap<>();
        for (Region region : regions) {
            if (region.code() != null) {
                codes.put(region.code(), region);
            }
            names.computeIfAbsent(region.name(), k -> new ArrayList<>()).add(region);
        }
        this.byCode = Map.copyOf(codes);
        this.byFullName = freeze(names);
        this.forms = freeze(buildForms(countryShortNames));
    }

    /** The gazetteer bundled with the data module, loaded on first use. */
    public static RegionGazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** The bundled regions with the short forms and paper conventions of {@code lexicons}. */
    public static RegionGazetteer with(Lexicons lexicons) {
        return lexicons == Lexicons.bundled() ? bundled() : load(lexicons);
    }

    /** The word lists the short forms and paper conventions were read from; the finders read theirs there too. */
    public Lexicons lexicons() {
        return lexicons;
    }

    /** The full names of the regions {@code paper} writes from (its province, its home region); none when unknown. */
    public List<String> paperHomeOf(String paper) {
        return paperConventions.homeOf(paper);
    }

    /** Conventional abbreviations (呼市, 呼包鄂) → the full names each stands for. */
    Map<String, List<String>> abbreviations() {
        return shortForms.abbreviations();
    }

    public List<Region> regions() {
        return regions;
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Regions whose full official name is {@code name}: 新城区 gives several. */
    public List<Region> byFullName(String name) {
        return byFullName.getOrDefault(name, List.of());
    }

    /**
     * Every reading of a written form valid in {@code context}: full names, short forms
     * (呼和浩特), abbreviations (呼市, 美国) and the paper's conventions (我区 in 内蒙古日报).
     */
    public List<RegionForm> readings(String written, TextContext context) {
        return forms.getOrDefault(written, List.of()).stream().filter(f -> f.appliesTo(context)).toList();
    }

    /** All written forms with all their readings, whatever the paper; what finders build automata from. */
    public Map<String, List<RegionForm>> allForms() {
        return forms;
    }

    public Optional<Region> parentOf(Region region) {
        return byCode(region.parentCode());
    }

    /** The regions containing {@code region}, nearest first. */
    public List<Region> ancestorsOf(Region region) {
        List<Region> ancestors = new ArrayList<>();
        for (Optional<Region> p = parentOf(region); p.isPresent(); p = parentOf(p.get())) {
            ancestors.add(p.get());
        }
        return ancestors;
    }

    private Map<String, List<RegionForm>> buildForms(List<String[]> countryShortNames) {
        Map<String, List<RegionForm>> result = new LinkedHashMap<>();
        for (Region region : regions) {
            add(result, new RegionForm(region.name(), region, RegionForm.Kind.FULL, null));
            if (isAbroad(region)) {
                continue; // 纽约, 首尔: foreign names have no Chinese administrative suffix to drop
            }
            for (String shortForm : shortForms.of(region)) {
                add(result, new RegionForm(shortForm, region, RegionForm.Kind.SHORT, null));
            }
        }
        for (String[] entry : countryShortNames) {
            Region country = byFullName(entry[0]).get(0);
            for (int i = 1; i < entry.length; i++) {
                add(result, new RegionForm(entry[i], country, RegionForm.Kind.ABBREVIATION, null));
            }
        }
        shortForms.abbreviations().forEach((abbreviation, fullNames) -> fullNames.forEach(name ->
                add(result, new RegionForm(abbreviation, soleRegion(name), RegionForm.Kind.ABBREVIATION, null))));
        paperConventions.byPaper().forEach((paper, conventions) -> conventions.forEach((form, name) ->
                add(result, new RegionForm(form, soleRegion(name), RegionForm.Kind.PAPER, paper))));
        return result;
    }

    /** A city abroad: its parent is a country's two-letter ISO code. */
    private static boolean isAbroad(Region region) {
        return region.level() != RegionLevel.COUNTRY && region.parentCode() != null && region.parentCode().length() == 2;
    }

    private Region soleRegion(String fullName) {
        List<Region> found = byFullName(fullName);
        if (found.size() != 1) {
            throw new IllegalStateException("gazetteer needs exactly one " + fullName + ", has " + found.size());
        }
        return found.get(0);
    }

    private static void add(Map<String, List<RegionForm>> forms, RegionForm form) {
        List<RegionForm> list = forms.computeIfAbsent(form.text(), k -> new ArrayList<>());
        if (!list.contains(form)) {
            list.add(form);
        }
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    static RegionGazetteer load(Lexicons lexicons) {
        List<Region> regions = new ArrayList<>();
        for (String[] f : readTsv("regions.tsv")) {
            regions.add(new Region(emptyToNull(f[0]), f[1], RegionLevel.ofLabel(f[2]), emptyToNull(f[3]),
                    number(f[4]), number(f[5])));
        }
        List<String[]> countryShortNames = new ArrayList<>();
        Set<String> listedCountries = new HashSet<>();
        regions.stream().filter(r -> r.level() == RegionLevel.COUNTRY).forEach(r -> listedCountries.add(r.name()));
        for (String[] f : readTsv("countries.tsv")) {
            // China is already in regions.tsv, with its NBS code, as the parent of the provinces.
            if (!listedCountries.contains(f[1])) {
                regions.add(new Region(f[0], f[1], RegionLevel.COUNTRY, null, null, null));
            }
            List<String> names = new ArrayList<>(List.of(f[1]));
            if (f.length > 2 && !f[2].isBlank()) {
                names.addAll(List.of(f[2].split("\\|")));
            }
            countryShortNames.add(names.toArray(String[]::new));
        }
        for (String[] f : readTsv("world-cities.tsv")) {
            // Capitals and large cities abroad, under their country's ISO code.
            regions.add(new Region(null, f[0], RegionLevel.PREFECTURE, f[1], null, null));
        }
        RegionGazetteer gazetteer = new RegionGazetteer(regions, countryShortNames, lexicons);
        LOG.debug("Loaded {} regions and {} written forms", gazetteer.regions.size(), gazetteer.forms.size());
        return gazetteer;
    }

    private static List<String[]> readTsv(String name) {
        InputStream in = RegionGazetteer.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing from the classpath: " + RESOURCES + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Double number(String s) {
        return s == null || s.isEmpty() ? null : Double.valueOf(s);
    }
}
