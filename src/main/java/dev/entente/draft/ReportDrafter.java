package dev.entente.draft;

import dev.entente.model.Actor;
import dev.entente.time.Anchor;
import dev.entente.time.DateResolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Drafts a {@link dev.entente.model.Report} from the text of a news article, with rules and
 * gazetteers: deterministic, explainable, nothing downloaded at run time.
 *
 * <p>Configured by a {@link Builder}: offices beyond the built-in ones ({@link Office}), actors
 * already known (from a timeline, say) that articles name by surname or alias, a date resolver
 * and, only to give a year to a dateline that has none ({@code New Delhi, February 2}), a clock.
 * Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * ReportDrafter drafter = ReportDrafter.builder()
 *         .office(Office.minister("Foreign Secretary", "GB", "Foreign Affairs", "Foreign Sec"))
 *         .build();
 * Draft draft = drafter.draft(text, "Asianet Newsable", null, Anchor.parse("2026-01-28"));
 * }</pre>
 */
public final class ReportDrafter {

    private final Gazetteer gazetteer;
    private final DateResolver resolver;
    private final Clock clock;

    private ReportDrafter(Builder b) {
        this.gazetteer = new Gazetteer(b.offices, b.knownActors);
        this.resolver = b.resolver;
        this.clock = b.clock;
    }

    /** Returns a drafter with the built-in gazetteer, the standard resolver and no clock. */
    public static ReportDrafter standard() {
        return builder().build();
    }

    /** Returns a new builder, holding the built-in gazetteer. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Drafts a report from an article's text alone; see {@link #draft(String, String, String, Anchor)}.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public Draft draft(String text) {
        return draft(text, null, null, null);
    }

    /**
     * Drafts a report from an article's text.
     *
     * @param text the article as published; evidence offsets count its code points
     * @param outlet the publication's name; may be null (the draft then names an unnamed outlet and
     *     warns)
     * @param url the article's address; may be null
     * @param publishedAt when the article was published; may be null, in which case a {@code date
     *     YYYY-MM-DD} tag or a dateline in the text is used when there is one
     * @return the draft, never null
     * @throws NullPointerException if {@code text} is null
     */
    public Draft draft(String text, String outlet, String url, Anchor publishedAt) {
        Objects.requireNonNull(text, "text");
        return new ArticleReader(text, gazetteer, resolver, clock).read(outlet, url, publishedAt);
    }

    /** Builds a {@link ReportDrafter}; see {@link ReportDrafter#builder()}. */
    public static final class Builder {
        private final List<Office> offices = new ArrayList<>(Gazetteer.standardOffices());
        private final List<Actor> knownActors = new ArrayList<>();
        private DateResolver resolver = DateResolver.standard();
        private Clock clock;

        private Builder() {}

        /**
         * Adds an office to the gazetteer; it is matched before the built-in ones.
         *
         * @throws NullPointerException if {@code office} is null
         */
        public Builder office(Office office) {
            offices.add(0, Objects.requireNonNull(office, "office"));
            return this;
        }

        /**
         * Adds an actor already known, say from a timeline: articles that name it by its name, an
         * alias or its surname alone draft to this actor.
         *
         * @throws NullPointerException if {@code actor} is null
         */
        public Builder knownActor(Actor actor) {
            knownActors.add(Objects.requireNonNull(actor, "actor"));
            return this;
        }

        /**
         * Adds actors already known; see {@link #knownActor(Actor)}.
         *
         * @throws NullPointerException if {@code actors} or one of them is null
         */
        public Builder knownActors(Iterable<? extends Actor> actors) {
            actors.forEach(this::knownActor);
            return this;
        }

        /**
         * Sets the resolver that turns date expressions into intervals when the publication date is
         * known; {@link DateResolver#standard()} unless set.
         *
         * @throws NullPointerException if {@code resolver} is null
         */
        public Builder resolver(DateResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Sets the clock used only to give a year to a dateline without one (the latest year that
         * does not put the dateline after the clock's date); without a clock such a dateline gives
         * no publication date, and a warning.
         *
         * @param clock the clock; may be null to unset it
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Returns the drafter. */
        public ReportDrafter build() {
            return new ReportDrafter(this);
        }
    }
}
