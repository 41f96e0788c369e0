package dev.entente.json;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementTerms;
import dev.entente.model.AgreementType;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingMode;
import dev.entente.model.Minister;
import dev.entente.model.Ministerial;
import dev.entente.model.Official;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.model.Span;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.DateResolver;
import dev.entente.time.Resolution;
import dev.entente.time.Tense;
import dev.entente.time.When;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Binds a located {@link Tree} to a {@link Report}, collecting every problem of report-format
 * section 6 with its path and position. Builds nothing when any error is found.
 */
final class ReportBinder {
    private static final Set<String> REPORT_FIELDS =
            Set.of("schema", "id", "source", "publishedAt", "language", "text", "records");
    private static final Set<String> SOURCE_FIELDS = Set.of("outlet", "agency", "url", "headline", "author");
    private static final Set<String> COMMON_FIELDS =
            Set.of("kind", "ref", "when", "status", "title", "location", "topics", "partOf", "evidence", "confidence");
    private static final Map<EventKind, Set<String>> KIND_FIELDS = Map.of(
            EventKind.MEETING, Set.of("participants", "mode", "agreements"),
            EventKind.MINISTERIAL, Set.of("convener", "attendees", "representatives", "edition", "agreements"),
            EventKind.VISIT, Set.of("visitor", "destination", "purpose", "agreements"),
            EventKind.AGREEMENT, Set.of("parties", "agreementType", "termYears", "signatories"));
    private static final Set<String> TERMS_FIELDS =
            Set.of("title", "parties", "agreementType", "termYears", "signatories", "status");
    private static final Set<String> LOCATION_FIELDS = Set.of("place", "city", "country");
    private static final Map<String, Set<String>> ACTOR_FIELDS = Map.of(
            "person", Set.of("kind", "name", "aliases", "ids", "country"),
            "minister", Set.of("kind", "name", "aliases", "ids", "country", "portfolio"),
            "official", Set.of("kind", "name", "aliases", "ids", "country", "role"),
            "delegation", Set.of("kind", "name", "country", "leader", "members", "aliases"),
            "country", Set.of("kind", "code"),
            "organization", Set.of("kind", "name", "code", "aliases"));

    private final String file;
    private final DateResolver resolver;
    private final List<Problem> problems = new ArrayList<>();

    private ReportBinder(String file, DateResolver resolver) {
        this.file = file;
        this.resolver = resolver;
    }

    /** Binds {@code root}; the report is null when any error was found. */
    static Bound bind(String file, Tree.Obj root, DateResolver resolver) {
        ReportBinder b = new ReportBinder(file, resolver);
        Report report = b.report(root);
        boolean failed = b.problems.stream().anyMatch(Problem::isError);
        return new Bound(failed ? null : report, List.copyOf(b.problems));
    }

    /** The binding outcome. */
    record Bound(Report report, List<Problem> problems) {}

    // ---------------------------------------------------------------- report

    private Report report(Tree.Obj root) {
        unknownFields(root, "$", REPORT_FIELDS, "a report");
        String schema = requiredString(root, "schema", "$");
        if (schema != null && !schema.equals(Report.SCHEMA)) {
            Tree at = root.members().get("schema").value();
            error(at, "schema", "unknown schema \"" + schema + "\"; supported versions: " + Report.SCHEMA);
        }
        String id = requiredString(root, "id", "$");
        Source source = source(root);
        Anchor publishedAt = null;
        Tree pub = present(root, "publishedAt");
        if (pub != null) {
            String s = string(pub, "publishedAt");
            if (s != null) {
                try {
                    publishedAt = Anchor.parse(s);
                    if (!s.trim().equals(s)) {
                        error(pub, "publishedAt", "\"" + s + "\" has spaces around the date");
                    }
                } catch (IllegalArgumentException e) {
                    error(pub, "publishedAt", e.getMessage());
                }
            }
        }
        String language = optionalString(root, "language", "language");
        String text = optionalString(root, "text", "text");
        Tree recordsTree = required(root, "records", "$");
        List<Event> records = new ArrayList<>();
        if (recordsTree != null) {
            if (recordsTree instanceof Tree.Arr arr) {
                Context ctx = new Context(publishedAt, language == null ? "en" : language, text);
                for (int i = 0; i < arr.items().size(); i++) {
                    records.add(record(arr.items().get(i), Paths.index("records", i), ctx));
                }
                links(arr, ctx);
            } else {
                wrongType(recordsTree, "records", "a list");
            }
        }
        if (hasErrors()) {
            return null;
        }
        Report.Builder b = Report.builder().id(id).source(source).addAllRecords(records);
        if (publishedAt != null) {
            b.publishedAt(publishedAt);
        }
        if (language != null) {
            b.language(language);
        }
        if (text != null) {
            b.text(text);
        }
        return build(root, "$", b::build);
    }

    private Source source(Tree.Obj root) {
        Tree t = required(root, "source", "$");
        if (t == null) {
            return null;
        }
        if (!(t instanceof Tree.Obj o)) {
            wrongType(t, "source", "an object");
            return null;
        }
        unknownFields(o, "source", SOURCE_FIELDS, "a source");
        String outlet = requiredString(o, "outlet", "source");
        String agency = optionalString(o, "agency", "source.agency");
        String url = optionalString(o, "url", "source.url");
        String headline = optionalString(o, "headline", "source.headline");
        String author = optionalString(o, "author", "source.author");
        if (outlet == null) {
            return null;
        }
        Source.Builder b = Source.builder().outlet(outlet);
        Optional.ofNullable(agency).ifPresent(b::agency);
        Optional.ofNullable(url).ifPresent(b::url);
        Optional.ofNullable(headline).ifPresent(b::headline);
        Optional.ofNullable(author).ifPresent(b::author);
        return build(o, "source", b::build);
    }

    // ---------------------------------------------------------------- records

    private static final class Context {
        final Anchor anchor;
        final String language;
        final String text;
        final int textLength;
        final Map<String, Tree> refs = new HashMap<>();

        Context(Anchor anchor, String language, String text) {
            this.anchor = anchor;
            this.language = language;
            this.text = text;
            this.textLength = text == null ? -1 : text.codePointCount(0, text.length());
        }
    }

    private Event record(Tree t, String path, Context ctx) {
        if (!(t instanceof Tree.Obj o)) {
            wrongType(t, path, "an object");
            return null;
        }
        String kindName = requiredString(o, "kind", path);
        EventKind kind = null;
        if (kindName != null) {
            kind = EventKind.fromWireName(kindName).orElse(null);
            if (kind == null) {
                error(
                        o.members().get("kind").value(),
                        Paths.key(path, "kind"),
                        "unknown record kind \"" + kindName
                                + "\"; expected one of meeting, ministerial, visit, agreement");
            }
        }
        for (Tree.Member m : o.members().values()) {
            boolean common = COMMON_FIELDS.contains(m.key());
            boolean ofKind = kind != null && KIND_FIELDS.get(kind).contains(m.key());
            if (!common && !ofKind) {
                boolean ofOther = KIND_FIELDS.values().stream().anyMatch(s -> s.contains(m.key()));
                if (ofOther && kind != null) {
                    warning(
                            m,
                            Paths.key(path, m.key()),
                            "field \"" + m.key() + "\" does not apply to a " + kind.wireName() + " (ignored)");
                } else if (!ofOther) {
                    warning(m, Paths.key(path, m.key()), "unknown field \"" + m.key() + "\" (ignored)");
                }
            }
        }
        Status status = enumValue(
                o, "status", path, Status::fromWireName, "proposed, scheduled, occurred, postponed, cancelled");
        String whenText = requiredString(o, "when", path);
        When when = null;
        if (whenText != null) {
            Tense tense = status == null
                    ? Tense.NONE
                    : status.isFuture() ? Tense.FUTURE : status == Status.OCCURRED ? Tense.PAST : Tense.NONE;
            Tree at = o.members().get("when").value();
            Resolution r;
            try {
                r = resolver.resolve(whenText, ctx.anchor, tense, ctx.language);
            } catch (RuntimeException e) {
                r = Resolution.builder()
                        .when(When.unknown(whenText))
                        .addWarnings("cannot read the date expression \"" + whenText + "\"")
                        .build();
            }
            if (r.isError()) {
                error(at, Paths.key(path, "when"), r.error().get());
            } else {
                for (String w : r.warnings()) {
                    warning(at, Paths.key(path, "when"), w);
                }
                when = r.when().text().equals(Optional.of(whenText))
                        ? r.when()
                        : r.when().withText(whenText);
            }
        }
        String ref = optionalString(o, "ref", Paths.key(path, "ref"));
        if (ref != null) {
            Tree refAt = o.members().get("ref").value();
            Tree first = ctx.refs.putIfAbsent(ref, refAt);
            if (first != null) {
                error(
                        refAt,
                        Paths.key(path, "ref"),
                        "\"" + ref + "\" is already the ref of another record (line " + first.line() + ", column "
                                + first.column() + ")");
            }
        }
        String title = optionalString(o, "title", Paths.key(path, "title"));
        Location location = location(present(o, "location"), Paths.key(path, "location"), true);
        List<String> topics = stringList(o, "topics", path);
        String partOf = optionalString(o, "partOf", Paths.key(path, "partOf"));
        Map<String, Span> evidence = evidence(o, path, ctx);
        Double confidence = confidence(o, path);
        if (kind == null) {
            return null;
        }
        Common common = new Common(when, status, ref, title, location, topics, partOf, evidence, confidence);
        return switch (kind) {
            case MEETING -> meeting(o, path, common);
            case MINISTERIAL -> ministerial(o, path, common);
            case VISIT -> visit(o, path, common);
            case AGREEMENT -> agreement(o, path, common);
        };
    }

    private record Common(
            When when,
            Status status,
            String ref,
            String title,
            Location location,
            List<String> topics,
            String partOf,
            Map<String, Span> evidence,
            Double confidence) {
        /** Sets the fields every kind of record shares on {@code b} and returns it. */
        <B extends Event.Builder<B>> B fill(B b) {
            return b.when(when)
                    .status(Optional.ofNullable(status))
                    .ref(Optional.ofNullable(ref))
                    .title(Optional.ofNullable(title))
                    .location(Optional.ofNullable(location))
                    .addAllTopics(topics)
                    .partOf(Optional.ofNullable(partOf))
                    .putAllEvidence(evidence)
                    .confidence(confidence == null ? OptionalDouble.empty() : OptionalDouble.of(confidence));
        }
    }

    private Event meeting(Tree.Obj o, String path, Common c) {
        List<Actor> participants = actorList(o, "participants", path);
        MeetingMode mode = enumValue(o, "mode", path, MeetingMode::fromWireName, "in-person, phone, video");
        List<AgreementTerms> agreements = termsList(o, path);
        if (c.when() == null) {
            return null;
        }
        Meeting.Builder b =
                c.fill(Meeting.builder()).addAllParticipants(participants).addAllAgreements(agreements);
        if (mode != null) {
            b.mode(mode);
        }
        return build(o, path, b::build);
    }

    private Event ministerial(Tree.Obj o, String path, Common c) {
        Actor convener = actor(present(o, "convener"), Paths.key(path, "convener"));
        List<Actor> attendees = actorList(o, "attendees", path);
        Map<String, Actor> representatives = representatives(o, path);
        String edition = optionalString(o, "edition", Paths.key(path, "edition"));
        List<AgreementTerms> agreements = termsList(o, path);
        if (c.when() == null) {
            return null;
        }
        Ministerial.Builder b = c.fill(Ministerial.builder())
                .convener(Optional.ofNullable(convener))
                .addAllAttendees(attendees)
                .putAllRepresentatives(representatives)
                .edition(Optional.ofNullable(edition))
                .addAllAgreements(agreements);
        return build(o, path, b::build);
    }

    private Event visit(Tree.Obj o, String path, Common c) {
        Actor visitor = actor(present(o, "visitor"), Paths.key(path, "visitor"));
        Tree dest = present(o, "destination");
        Location destination = null;
        if (dest instanceof Tree.Str str) {
            String code = nonEmpty(str, Paths.key(path, "destination"));
            if (code != null && countryCode(str, Paths.key(path, "destination"), code)) {
                destination = Location.ofCountry(code);
            }
        } else if (dest != null) {
            destination = location(dest, Paths.key(path, "destination"), false);
        }
        String purpose = optionalString(o, "purpose", Paths.key(path, "purpose"));
        List<AgreementTerms> agreements = termsList(o, path);
        if (c.when() == null) {
            return null;
        }
        Visit.Builder b = c.fill(Visit.builder())
                .visitor(Optional.ofNullable(visitor))
                .destination(Optional.ofNullable(destination))
                .purpose(Optional.ofNullable(purpose))
                .addAllAgreements(agreements);
        return build(o, path, b::build);
    }

    private Event agreement(Tree.Obj o, String path, Common c) {
        List<Actor> parties = actorList(o, "parties", path);
        AgreementType type = enumValue(
                o,
                "agreementType",
                path,
                AgreementType::fromWireName,
                "framework, mou, treaty, joint-statement, other");
        Integer term = termYears(o, path);
        List<Actor> signatories = actorList(o, "signatories", path);
        if (c.when() == null) {
            return null;
        }
        Agreement.Builder b = c.fill(Agreement.builder())
                .addAllParties(parties)
                .agreementType(Optional.ofNullable(type))
                .termYears(term == null ? OptionalInt.empty() : OptionalInt.of(term))
                .addAllSignatories(signatories);
        return build(o, path, b::build);
    }

    private List<AgreementTerms> termsList(Tree.Obj o, String path) {
        List<AgreementTerms> out = new ArrayList<>();
        Tree t = present(o, "agreements");
        String listPath = Paths.key(path, "agreements");
        if (t == null) {
            return out;
        }
        if (!(t instanceof Tree.Arr arr)) {
            wrongType(t, listPath, "a list");
            return out;
        }
        for (int i = 0; i < arr.items().size(); i++) {
            Tree item = arr.items().get(i);
            String p = Paths.index(listPath, i);
            if (!(item instanceof Tree.Obj a)) {
                wrongType(item, p, "an object");
                continue;
            }
            unknownFields(a, p, TERMS_FIELDS, "an agreement value");
            String title = optionalString(a, "title", Paths.key(p, "title"));
            List<Actor> parties = actorList(a, "parties", p);
            AgreementType type = enumValue(
                    a,
                    "agreementType",
                    p,
                    AgreementType::fromWireName,
                    "framework, mou, treaty, joint-statement, other");
            Integer term = termYears(a, p);
            List<Actor> signatories = actorList(a, "signatories", p);
            Status status = enumValue(
                    a, "status", p, Status::fromWireName, "proposed, scheduled, occurred, postponed, cancelled");
            AgreementTerms.Builder b = AgreementTerms.builder()
                    .title(Optional.ofNullable(title))
                    .addAllParties(parties)
                    .agreementType(Optional.ofNullable(type))
                    .termYears(term == null ? OptionalInt.empty() : OptionalInt.of(term))
                    .addAllSignatories(signatories)
                    .status(Optional.ofNullable(status));
            AgreementTerms terms = build(a, p, b::build);
            if (terms != null) {
                out.add(terms);
            }
        }
        return out;
    }

    private Integer termYears(Tree.Obj o, String path) {
        Tree t = present(o, "termYears");
        String p = Paths.key(path, "termYears");
        if (t == null) {
            return null;
        }
        if (!(t instanceof Tree.Num n)) {
            wrongType(t, p, "an integer");
            return null;
        }
        if (!n.integral()) {
            error(t, p, n.text() + " is not an integer (write it without a fraction or exponent)");
            return null;
        }
        BigInteger v = new BigInteger(n.text());
        if (v.compareTo(BigInteger.ONE) < 0 || v.compareTo(BigInteger.valueOf(999)) > 0) {
            error(t, p, n.text() + " is outside 1..999");
            return null;
        }
        return v.intValue();
    }

    private Double confidence(Tree.Obj o, String path) {
        Tree t = present(o, "confidence");
        String p = Paths.key(path, "confidence");
        if (t == null) {
            return null;
        }
        if (!(t instanceof Tree.Num n)) {
            wrongType(t, p, "a number");
            return null;
        }
        BigDecimal v = new BigDecimal(n.text());
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            error(t, p, n.text() + " is outside 0..1");
            return null;
        }
        return v.doubleValue();
    }

    private Map<String, Span> evidence(Tree.Obj o, String path, Context ctx) {
        Map<String, Span> out = new LinkedHashMap<>();
        Tree t = present(o, "evidence");
        String p = Paths.key(path, "evidence");
        if (t == null) {
            return out;
        }
        if (!(t instanceof Tree.Obj map)) {
            wrongType(t, p, "an object");
            return out;
        }
        for (Tree.Member m : map.members().values()) {
            String mp = Paths.key(p, m.key());
            Tree v = m.value();
            if (m.key().isBlank()) {
                error(v, mp, "an evidence key must name a field");
                continue;
            }
            if (!(v instanceof Tree.Arr arr) || arr.items().size() != 2) {
                error(v, mp, "expected [start, end], got " + v.typeName());
                continue;
            }
            Integer start = offset(arr.items().get(0), Paths.index(mp, 0));
            Integer end = offset(arr.items().get(1), Paths.index(mp, 1));
            if (start == null || end == null) {
                continue;
            }
            if (end < start) {
                error(arr.items().get(1), Paths.index(mp, 1), "end " + end + " is before start " + start);
            } else if (ctx.text == null) {
                error(v, mp, "evidence offsets need the report's text, and the report has none");
            } else if (end > ctx.textLength) {
                error(
                        arr.items().get(1),
                        Paths.index(mp, 1),
                        "end " + end + " is past the end of the report's text (" + ctx.textLength + " characters)");
            } else {
                out.put(m.key(), Span.of(start, end));
            }
        }
        return out;
    }

    private Integer offset(Tree t, String path) {
        if (!(t instanceof Tree.Num n)) {
            wrongType(t, path, "an integer");
            return null;
        }
        if (!n.integral()) {
            error(t, path, n.text() + " is not an integer (write it without a fraction or exponent)");
            return null;
        }
        BigInteger v = new BigInteger(n.text());
        if (v.signum() < 0 || v.bitLength() > 31) {
            error(t, path, n.text() + " is not a character offset (0 or more)");
            return null;
        }
        return v.intValue();
    }

    private void links(Tree.Arr records, Context ctx) {
        for (int i = 0; i < records.items().size(); i++) {
            if (records.items().get(i) instanceof Tree.Obj o
                    && present(o, "partOf") instanceof Tree.Str s
                    && !s.value().isEmpty()) {
                String p = Paths.key(Paths.index("records", i), "partOf");
                Tree ownRef = present(o, "ref");
                if (ownRef instanceof Tree.Str r && r.value().equals(s.value())) {
                    error(s, p, "\"" + s.value() + "\" is the record's own ref");
                } else if (!ctx.refs.containsKey(s.value())) {
                    error(s, p, "\"" + s.value() + "\" names no ref of this report");
                }
            }
        }
    }

    // ---------------------------------------------------------------- actors and locations

    private List<Actor> actorList(Tree.Obj o, String key, String path) {
        List<Actor> out = new ArrayList<>();
        Tree t = present(o, key);
        String p = Paths.key(path, key);
        if (t == null) {
            return out;
        }
        if (!(t instanceof Tree.Arr arr)) {
            wrongType(t, p, "a list");
            return out;
        }
        for (int i = 0; i < arr.items().size(); i++) {
            Tree item = arr.items().get(i);
            String ip = Paths.index(p, i);
            if (item instanceof Tree.Null) {
                error(item, ip, "null is not an actor");
                continue;
            }
            Actor a = actor(item, ip);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private Map<String, Actor> representatives(Tree.Obj o, String path) {
        Map<String, Actor> out = new LinkedHashMap<>();
        Tree t = present(o, "representatives");
        String p = Paths.key(path, "representatives");
        if (t == null) {
            return out;
        }
        if (!(t instanceof Tree.Obj map)) {
            wrongType(t, p, "an object");
            return out;
        }
        for (Tree.Member m : map.members().values()) {
            String mp = Paths.key(p, m.key());
            Optional<String> problem = Country.codeProblem(m.key());
            if (problem.isPresent()) {
                problems.add(new Problem(file, m.line(), m.column(), mp, problem.get(), Problem.Severity.ERROR));
            }
            if (m.value() instanceof Tree.Null) {
                error(m.value(), mp, "null is not an actor");
                continue;
            }
            Actor a = actor(m.value(), mp);
            if (a != null && problem.isEmpty()) {
                out.put(m.key(), a);
            }
        }
        return out;
    }

    /** Reads an actor in any form of section 2; null (with problems recorded) when it is not one. */
    private Actor actor(Tree t, String path) {
        if (t == null) {
            return null;
        }
        if (t instanceof Tree.Str s) {
            String text = nonEmpty(s, path);
            if (text == null) {
                return null;
            }
            if (isCodeShaped(text)) {
                if (!countryCode(s, path, text)) {
                    return null;
                }
                return countryActor(text);
            }
            return build(t, path, () -> Person.of(text));
        }
        if (!(t instanceof Tree.Obj o)) {
            wrongType(t, path, "an actor (a name, a country code or an object)");
            return null;
        }
        String kind = requiredString(o, "kind", path);
        if (kind == null) {
            return null;
        }
        Set<String> fields = ACTOR_FIELDS.get(kind);
        if (fields == null) {
            error(
                    o.members().get("kind").value(),
                    Paths.key(path, "kind"),
                    "unknown actor kind \"" + kind
                            + "\"; expected one of minister, official, delegation, country, organization, person");
            return null;
        }
        unknownFields(o, path, fields, "a " + kind);
        switch (kind) {
            case "country" -> {
                String code = requiredString(o, "code", path);
                if (code == null || !countryCode(o.members().get("code").value(), Paths.key(path, "code"), code)) {
                    return null;
                }
                return countryActor(code);
            }
            case "organization" -> {
                String name = optionalString(o, "name", Paths.key(path, "name"));
                String code = optionalString(o, "code", Paths.key(path, "code"));
                List<String> aliases = stringList(o, "aliases", path);
                if (name == null
                        && code == null
                        && !o.members().containsKey("name")
                        && !o.members().containsKey("code")) {
                    error(o, Paths.key(path, "name"), "an organization needs a name or a code");
                    return null;
                }
                return build(o, path, () -> Organization.builder()
                        .name(Optional.ofNullable(name))
                        .code(Optional.ofNullable(code))
                        .addAllAliases(aliases)
                        .build());
            }
            case "delegation" -> {
                String name = optionalString(o, "name", Paths.key(path, "name"));
                String country = optionalCountry(o, "country", path);
                Tree leaderTree = present(o, "leader");
                Actor leader = actor(leaderTree, Paths.key(path, "leader"));
                if (leader instanceof Delegation) {
                    error(leaderTree, Paths.key(path, "leader"), "a delegation cannot lead a delegation");
                }
                List<Actor> members = actorList(o, "members", path);
                List<String> aliases = stringList(o, "aliases", path);
                if (present(o, "name") == null
                        && present(o, "country") == null
                        && leaderTree == null
                        && present(o, "members") == null) {
                    error(o, path, "a delegation needs a name, a leader, members or a country");
                    return null;
                }
                return build(o, path, () -> Delegation.builder()
                        .name(Optional.ofNullable(name))
                        .country(Optional.ofNullable(country))
                        .leader(Optional.ofNullable(leader))
                        .addAllMembers(members)
                        .addAllAliases(aliases)
                        .build());
            }
            default -> {
                String name = requiredString(o, "name", path);
                List<String> aliases = stringList(o, "aliases", path);
                Map<String, String> ids = ids(o, path);
                String country = optionalCountry(o, "country", path);
                if (kind.equals("minister")) {
                    String portfolio = optionalString(o, "portfolio", Paths.key(path, "portfolio"));
                    return build(o, path, () -> Minister.builder()
                            .name(name)
                            .addAllAliases(aliases)
                            .putAllIds(ids)
                            .country(Optional.ofNullable(country))
                            .portfolio(Optional.ofNullable(portfolio))
                            .build());
                }
                if (kind.equals("official")) {
                    String role = optionalString(o, "role", Paths.key(path, "role"));
                    return build(o, path, () -> Official.builder()
                            .name(name)
                            .addAllAliases(aliases)
                            .putAllIds(ids)
                            .country(Optional.ofNullable(country))
                            .role(Optional.ofNullable(role))
                            .build());
                }
                return build(o, path, () -> Person.builder()
                        .name(name)
                        .addAllAliases(aliases)
                        .putAllIds(ids)
                        .country(Optional.ofNullable(country))
                        .build());
            }
        }
    }

    /** {@code EU}, bare or as a country object, is the organization European Union (section 2). */
    private static Actor countryActor(String code) {
        if (code.equals("EU")) {
            return Organization.builder().code("EU").build();
        }
        return Country.of(code);
    }

    private static boolean isCodeShaped(String s) {
        return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1));
    }

    private Map<String, String> ids(Tree.Obj o, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        Tree t = present(o, "ids");
        String p = Paths.key(path, "ids");
        if (t == null) {
            return out;
        }
        if (!(t instanceof Tree.Obj map)) {
            wrongType(t, p, "an object");
            return out;
        }
        for (Tree.Member m : map.members().values()) {
            String mp = Paths.key(p, m.key());
            String v = string(m.value(), mp);
            if (v != null) {
                if (m.key().isBlank() || v.isBlank()) {
                    error(m.value(), mp, "ids need a scheme and a value");
                } else {
                    out.put(m.key(), v);
                }
            }
        }
        return out;
    }

    private String optionalCountry(Tree.Obj o, String key, String path) {
        String p = Paths.key(path, key);
        String code = optionalString(o, key, p);
        if (code != null && !countryCode(o.members().get(key).value(), p, code)) {
            return null;
        }
        return code;
    }

    private boolean countryCode(Tree at, String path, String code) {
        Optional<String> problem = Country.codeProblem(code);
        problem.ifPresent(msg -> error(at, path, msg));
        return problem.isEmpty();
    }

    /** A location object, or (when {@code cityString}) a bare string naming a city. */
    private Location location(Tree t, String path, boolean cityString) {
        if (t == null) {
            return null;
        }
        if (cityString && t instanceof Tree.Str s) {
            String city = nonEmpty(s, path);
            return city == null ? null : build(t, path, () -> Location.ofCity(city));
        }
        if (!(t instanceof Tree.Obj o)) {
            wrongType(
                    t,
                    path,
                    cityString ? "a location (an object or a city name)" : "a country code or a location object");
            return null;
        }
        unknownFields(o, path, LOCATION_FIELDS, "a location");
        long errorsBefore = errorCount();
        String place = optionalString(o, "place", Paths.key(path, "place"));
        String city = optionalString(o, "city", Paths.key(path, "city"));
        String country = optionalCountry(o, "country", path);
        if (place == null && city == null && country == null) {
            if (errorCount() == errorsBefore) {
                error(o, path, "a location needs a place, a city or a country");
            }
            return null;
        }
        return build(o, path, () -> Location.builder()
                .place(Optional.ofNullable(place))
                .city(Optional.ofNullable(city))
                .country(Optional.ofNullable(country))
                .build());
    }

    // ---------------------------------------------------------------- primitive fields

    /** The value of {@code key}, or null when it is absent or {@code null}. */
    private static Tree present(Tree.Obj o, String key) {
        Tree.Member m = o.members().get(key);
        return m == null || m.value() instanceof Tree.Null ? null : m.value();
    }

    /** The value of a required field; null (with a problem recorded) when missing or null. */
    private Tree required(Tree.Obj o, String key, String parentPath) {
        String p = Paths.key(parentPath, key);
        Tree.Member m = o.members().get(key);
        if (m == null) {
            error(o, p, "missing required field \"" + key + "\"");
            return null;
        }
        if (m.value() instanceof Tree.Null) {
            error(m.value(), p, "\"" + key + "\" is required and must not be null");
            return null;
        }
        return m.value();
    }

    private String requiredString(Tree.Obj o, String key, String parentPath) {
        Tree t = required(o, key, parentPath);
        return t == null ? null : nonEmpty(t, Paths.key(parentPath, key));
    }

    private String optionalString(Tree.Obj o, String key, String path) {
        Tree t = present(o, key);
        return t == null ? null : nonEmpty(t, path);
    }

    private String nonEmpty(Tree t, String path) {
        String s = string(t, path);
        if (s != null && s.isBlank()) {
            error(t, path, s.isEmpty() ? "must not be empty" : "must not be blank");
            return null;
        }
        return s;
    }

    private String string(Tree t, String path) {
        if (t instanceof Tree.Str s) {
            return s.value();
        }
        wrongType(t, path, "a string");
        return null;
    }

    private List<String> stringList(Tree.Obj o, String key, String path) {
        List<String> out = new ArrayList<>();
        Tree t = present(o, key);
        String p = Paths.key(path, key);
        if (t == null) {
            return out;
        }
        if (!(t instanceof Tree.Arr arr)) {
            wrongType(t, p, "a list of strings");
            return out;
        }
        for (int i = 0; i < arr.items().size(); i++) {
            String s = nonEmpty(arr.items().get(i), Paths.index(p, i));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private <E> E enumValue(
            Tree.Obj o, String key, String path, Function<String, Optional<E>> lookup, String expected) {
        String p = Paths.key(path, key);
        String s = optionalString(o, key, p);
        if (s == null) {
            return null;
        }
        Optional<E> value = lookup.apply(s);
        if (value.isEmpty()) {
            error(o.members().get(key).value(), p, "unknown " + key + " \"" + s + "\"; expected one of " + expected);
            return null;
        }
        return value.get();
    }

    private void wrongType(Tree t, String path, String expected) {
        error(t, path, "expected " + expected + ", got " + describe(t));
    }

    private static String describe(Tree t) {
        if (t instanceof Tree.Str s) {
            String v = s.value().length() > 40 ? s.value().substring(0, 40) + "..." : s.value();
            return "the string \"" + v + "\"";
        }
        if (t instanceof Tree.Num n) {
            return (n.integral() ? "the integer " : "the number ") + n.text();
        }
        return t.typeName();
    }

    private void unknownFields(Tree.Obj o, String path, Set<String> known, String what) {
        for (Tree.Member m : o.members().values()) {
            if (!known.contains(m.key())) {
                warning(m, Paths.key(path, m.key()), "unknown field \"" + m.key() + "\" in " + what + " (ignored)");
            }
        }
    }

    private long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    private boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Runs a model builder unless an error is already known; its own checks become problems. */
    private <T> T build(Tree at, String path, Supplier<T> builder) {
        if (hasErrors()) {
            return null;
        }
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            error(at, path, e.getMessage() == null ? "invalid value" : e.getMessage());
            return null;
        }
    }

    private void error(Tree at, String path, String message) {
        problems.add(new Problem(file, at.line(), at.column(), path, message, Problem.Severity.ERROR));
    }

    private void warning(Tree.Member at, String path, String message) {
        problems.add(new Problem(file, at.line(), at.column(), path, message, Problem.Severity.WARNING));
    }

    private void warning(Tree at, String path, String message) {
        problems.add(new Problem(file, at.line(), at.column(), path, message, Problem.Severity.WARNING));
    }
}
