package org.newskg.extractor.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.ResultSet;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.store.QueryOutcome;
import org.newskg.extractor.store.Store;

/**
 * "Who held post X on day D", asked of a store and scored against the public record
 * ({@code data/gold/questions/who-held-post.tsv}: {@code date<TAB>forms<TAB>holders}, forms and
 * holders separated by {@code |}). A post is found by its canonical label (rdfs:label) equal to
 * one of the forms: a written short form (skos:altLabel 国防部部长) is shared by other states'
 * posts. Each question's answer is a set of names; true positives are the names both in it and
 * in the record, summed over the questions.
 */
public final class PostQuestions {

    /** One question: the day, the ways the post is written, who held it. */
    public record Question(LocalDate day, List<String> forms, Set<String> holders) {
    }

    /** One question answered. */
    public record Answer(Question question, Set<String> names) {

        Score score() {
            int tp = (int) names.stream().filter(question.holders()::contains).count();
            return new Score(tp, names.size() - tp, question.holders().size() - tp);
        }
    }

    /** How the store's answer is read: the inferred intervals, or the attested first and last days only. */
    public enum Basis { INFERRED, ATTESTED }

    private PostQuestions() {
    }

    public static List<Question> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot read the questions " + tsv + ": " + e.getMessage());
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new UserInputException(tsv + " line " + (i + 1) + ": expected date<TAB>forms<TAB>holders");
            }
            questions.add(new Question(LocalDate.parse(cells[0]), List.of(cells[1].split("\\|")),
                    new LinkedHashSet<>(List.of(cells[2].split("\\|")))));
        }
        return questions;
    }

    public static List<Answer> answer(Store store, List<Question> questions, Basis basis) {
        List<Answer> answers = new ArrayList<>();
        for (Question q : questions) {
            answers.add(new Answer(q, holders(store, q, basis)));
        }
        return answers;
    }

    public static Score total(List<Answer> answers) {
        Score total = Score.ZERO;
        for (Answer a : answers) {
            total = total.plus(a.score());
        }
        return total;
    }

    private static final String INFERRED = """
            SELECT DISTINCT ?name WHERE {
              ?p rdfs:label ?form .
              ?tenure nkg:tenurePost ?p ; org:member/schema:name ?name ; nkg:inferredDuring ?i .
              ?i time:hasBeginning/time:inXSDDate ?from .
              OPTIONAL { ?i time:hasEnd/time:inXSDDate ?until }
              FILTER(?from <= ?day && (!BOUND(?until) || ?until >= ?day))
            }""";

    private static final String ATTESTED = """
            SELECT ?name WHERE {
              ?p rdfs:label ?form .
              ?tenure nkg:tenurePost ?p ; org:member/schema:name ?name ;
                      nkg:firstAttested ?first ; nkg:lastAttested ?last .
            } GROUP BY ?name HAVING (MIN(?first) <= ?day && MAX(?last) >= ?day)""";

    private static Set<String> holders(Store store, Question q, Basis basis) {
        Set<String> names = new TreeSet<>();
        for (String form : q.forms()) {
            ParameterizedSparqlString query = new ParameterizedSparqlString(basis == Basis.INFERRED ? INFERRED : ATTESTED);
            query.setLiteral("form", form, "zh");
            query.setLiteral("day", q.day().toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
            ResultSet rows = ((QueryOutcome.Select) store.query(query.toString())).rows();
            rows.forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
        }
        return names;
    }
}
