package dev.entente.internal;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementTerms;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Event;
import dev.entente.model.Individual;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingMode;
import dev.entente.model.Minister;
import dev.entente.model.Ministerial;
import dev.entente.model.Official;
import dev.entente.model.Organization;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.model.Span;
import dev.entente.model.Visit;
import dev.entente.time.When;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;

/**
 * The canonical writing of the interchange format's values, shared by {@code json.ReportWriter},
 * {@code json.TimelineWriter} and the rule that picks one version of a report (which compares
 * canonical documents): fixed key order, actors as typed objects, absent optional fields left out,
 * maps in key order. Not part of the API.
 */
public final class CanonicalJson {
    private static final tools.jackson.databind.json.JsonMapper MAPPER =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private CanonicalJson() {}

    /**
     * Returns the report's canonical document on one line, as {@code ReportWriter.compact()} writes
     * it.
     *
     * @throws NullPointerException if {@code r} is null
     */
    public static String reportText(Report r) {
        java.util.Objects.requireNonNull(r, "report");
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = MAPPER.writer().createGenerator(out)) {
            writeReport(g, r);
        }
        return out.toString();
    }

    /**
     * Returns the version of a report that wins (report-format section 1, {@code id}): the later
     * {@code publishedAt}; a dated version over an undated one; on a tie, or when neither is dated,
     * the one whose canonical document sorts last. A total order, so the winner among any number
     * of versions does not depend on the order they arrive in. Returns {@code a} when both are the
     * same document.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Report laterVersion(Report a, Report b) {
        if (a.publishedAt().isPresent() != b.publishedAt().isPresent()) {
            return a.publishedAt().isPresent() ? a : b;
        }
        if (a.publishedAt().isPresent()) {
            int c = a.publishedAt().get().compareTo(b.publishedAt().get());
            if (c != 0) {
                return c > 0 ? a : b;
            }
        }
        if (a.equals(b)) {
            return a;
        }
        return reportText(a).compareTo(reportText(b)) >= 0 ? a : b;
    }

    /** Writes a whole report document. */
    public static void writeReport(JsonGenerator g, Report r) {
        g.writeStartObject();
        g.writeStringProperty("schema", Report.SCHEMA);
        g.writeStringProperty("id", r.id());
        g.writeName("source");
        writeSource(g, r.source());
        r.publishedAt().ifPresent(a -> g.writeStringProperty("publishedAt", a.toString()));
        g.writeStringProperty("language", r.language());
        r.text().ifPresent(t -> g.writeStringProperty("text", t));
        g.writeName("records");
        g.writeStartArray();
        for (Event e : r.records()) {
            writeRecord(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeSource(JsonGenerator g, Source s) {
        g.writeStartObject();
        g.writeStringProperty("outlet", s.outlet());
        optional(g, "agency", s.agency());
        optional(g, "url", s.url());
        optional(g, "headline", s.headline());
        optional(g, "author", s.author());
        g.writeEndObject();
    }

    /** Writes an event record of a report (section 3), its {@code when} as its original string. */
    public static void writeRecord(JsonGenerator g, Event e) {
        g.writeStartObject();
        g.writeStringProperty("kind", e.kind().wireName());
        optional(g, "ref", e.ref());
        g.writeStringProperty("when", whenText(e.when()));
        e.status().ifPresent(s -> g.writeStringProperty("status", s.wireName()));
        optional(g, "title", e.title());
        e.location().ifPresent(l -> {
            g.writeName("location");
            writeLocation(g, l);
        });
        strings(g, "topics", e.topics());
        optional(g, "partOf", e.partOf());
        writeKindFields(g, e);
        if (!e.evidence().isEmpty()) {
            g.writeName("evidence");
            g.writeStartObject();
            for (Map.Entry<String, Span> en : new TreeMap<>(e.evidence()).entrySet()) {
                g.writeName(en.getKey());
                g.writeStartArray();
                g.writeNumber(en.getValue().start());
                g.writeNumber(en.getValue().end());
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        if (e.confidence().isPresent()) {
            g.writeName("confidence");
            g.writeNumber(e.confidence().getAsDouble());
        }
        g.writeEndObject();
    }

    /** Writes the fields proper to the record's kind (section 3), in the table's order. */
    public static void writeKindFields(JsonGenerator g, Event e) {
        writeKindFields(g, e, true);
    }

    /**
     * Writes the fields of an event's kind; a timeline event leaves out a meeting's {@code
     * participants}, which it writes as its own {@code participants} (report-format section 5).
     */
    public static void writeKindFields(JsonGenerator g, Event e, boolean meetingParticipants) {
        if (e instanceof Meeting m) {
            if (meetingParticipants) {
                actors(g, "participants", m.participants());
            }
            if (m.mode() != MeetingMode.IN_PERSON) {
                g.writeStringProperty("mode", m.mode().wireName());
            }
            agreements(g, m.agreements());
        } else if (e instanceof Ministerial m) {
            m.convener().ifPresent(a -> {
                g.writeName("convener");
                writeActor(g, a);
            });
            actors(g, "attendees", m.attendees());
            if (!m.representatives().isEmpty()) {
                g.writeName("representatives");
                g.writeStartObject();
                for (Map.Entry<String, Actor> en : new TreeMap<>(m.representatives()).entrySet()) {
                    g.writeName(en.getKey());
                    writeActor(g, en.getValue());
                }
                g.writeEndObject();
            }
            optional(g, "edition", m.edition());
            agreements(g, m.agreements());
        } else if (e instanceof Visit v) {
            v.visitor().ifPresent(a -> {
                g.writeName("visitor");
                writeActor(g, a);
            });
            v.destination().ifPresent(d -> {
                g.writeName("destination");
                writeDestination(g, d);
            });
            optional(g, "purpose", v.purpose());
            agreements(g, v.agreements());
        } else if (e instanceof Agreement a) {
            actors(g, "parties", a.parties());
            a.agreementType().ifPresent(t -> g.writeStringProperty("agreementType", t.wireName()));
            if (a.termYears().isPresent()) {
                g.writeNumberProperty("termYears", a.termYears().getAsInt());
            }
            actors(g, "signatories", a.signatories());
        }
    }

    /** Returns the string a report document holds for {@code when}: its text, else its ISO form. */
    public static String whenText(When w) {
        if (w.text().isPresent()) {
            return w.text().get();
        }
        if (w.isUnknown()) {
            return "unknown";
        }
        return w.earliest().get().equals(w.latest().get())
                ? w.earliest().get().toString()
                : w.earliest().get() + "/" + w.latest().get();
    }

    /**
     * Writes the resolved {@code when} object (section 4): {@code earliest}, {@code latest} (both
     * always written, null when unknown), {@code precision}, then {@code text} and {@code anchor} when
     * {@code withSource} and present.
     */
    public static void writeWhenObject(JsonGenerator g, When w, boolean withSource) {
        g.writeStartObject();
        orNull(g, "earliest", w.earliest());
        orNull(g, "latest", w.latest());
        g.writeStringProperty("precision", w.precision().wireName());
        if (withSource) {
            w.text().ifPresent(t -> g.writeStringProperty("text", t));
            w.anchor().ifPresent(a -> g.writeStringProperty("anchor", a.toString()));
        }
        g.writeEndObject();
    }

    /** Writes a location object: {@code place}, {@code city}, {@code country}, those present. */
    public static void writeLocation(JsonGenerator g, Location l) {
        g.writeStartObject();
        optional(g, "place", l.place());
        optional(g, "city", l.city());
        optional(g, "country", l.country());
        g.writeEndObject();
    }

    /** Writes a visit's destination: a bare country code when that is all it is, else a location. */
    public static void writeDestination(JsonGenerator g, Location l) {
        if (l.place().isEmpty() && l.city().isEmpty() && l.country().isPresent()) {
            g.writeString(l.country().get());
        } else {
            writeLocation(g, l);
        }
    }

    /** Writes an actor as a typed object (section 2). */
    public static void writeActor(JsonGenerator g, Actor actor) {
        g.writeStartObject();
        g.writeStringProperty("kind", actor.actorKind().wireName());
        if (actor instanceof Individual i) {
            g.writeStringProperty("name", i.name());
            strings(g, "aliases", i.aliases());
            ids(g, i.ids());
            if (i instanceof Minister m) {
                optional(g, "portfolio", m.portfolio());
            } else if (i instanceof Official o) {
                optional(g, "role", o.role());
            }
            optional(g, "country", i.country());
        } else if (actor instanceof Delegation d) {
            optional(g, "name", d.name());
            strings(g, "aliases", d.aliases());
            optional(g, "country", d.country());
            d.leader().ifPresent(l -> {
                g.writeName("leader");
                writeActor(g, l);
            });
            actors(g, "members", d.members());
        } else if (actor instanceof Country c) {
            g.writeStringProperty("code", c.code());
        } else if (actor instanceof Organization o) {
            optional(g, "name", o.name());
            optional(g, "code", o.code());
            strings(g, "aliases", o.aliases());
        }
        g.writeEndObject();
    }

    /** Writes {@code name: [actors...]} unless the list is empty, in the given order. */
    public static void actors(JsonGenerator g, String name, List<Actor> actors) {
        array(g, name, actors, CanonicalJson::writeActor);
    }

    /** Writes an agreement value (section 3, without {@code kind}/{@code when}). */
    public static void writeAgreementTerms(JsonGenerator g, AgreementTerms t) {
        g.writeStartObject();
        optional(g, "title", t.title());
        actors(g, "parties", t.parties());
        t.agreementType().ifPresent(a -> g.writeStringProperty("agreementType", a.wireName()));
        if (t.termYears().isPresent()) {
            g.writeNumberProperty("termYears", t.termYears().getAsInt());
        }
        actors(g, "signatories", t.signatories());
        t.status().ifPresent(s -> g.writeStringProperty("status", s.wireName()));
        g.writeEndObject();
    }

    /** Writes {@code agreements: [...]} unless the list is empty, in the given order. */
    public static void agreements(JsonGenerator g, List<AgreementTerms> agreements) {
        array(g, "agreements", agreements, CanonicalJson::writeAgreementTerms);
    }

    /** Writes {@code name: [strings...]} unless the list is empty, in the given order. */
    public static void strings(JsonGenerator g, String name, List<String> values) {
        array(g, name, values, JsonGenerator::writeString);
    }

    /** Writes {@code name: [values...]}, each with {@code write}, unless the list is empty. */
    private static <T> void array(
            JsonGenerator g, String name, List<T> values, java.util.function.BiConsumer<JsonGenerator, T> write) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (T v : values) {
            write.accept(g, v);
        }
        g.writeEndArray();
    }

    private static void ids(JsonGenerator g, Map<String, String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        g.writeName("ids");
        g.writeStartObject();
        for (Map.Entry<String, String> en : new TreeMap<>(ids).entrySet()) {
            g.writeStringProperty(en.getKey(), en.getValue());
        }
        g.writeEndObject();
    }

    /** Writes {@code name: value} when the value is present, nothing otherwise. */
    public static void optional(JsonGenerator g, String name, Optional<String> value) {
        value.ifPresent(v -> g.writeStringProperty(name, v));
    }

    /** Writes {@code name: value} as a string (its {@code toString}), or {@code name: null} when absent. */
    public static void orNull(JsonGenerator g, String name, Optional<?> value) {
        g.writeName(name);
        if (value.isPresent()) {
            g.writeString(value.get().toString());
        } else {
            g.writeNull();
        }
    }
}
