package dev.entente.draft;

import dev.entente.model.Actor;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one article: the rules of docs/drafting.md, applied in order. */
final class ArticleReader {

    private static final java.util.concurrent.ConcurrentMap<String, Pattern> PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Returns the compiled pattern for {@code regex}, compiling it once per JVM. */
    private static Pattern cached(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String AGENCIES = "(?:ANI|PTI|IANS|Reuters|AP|AFP|UNI)";

    /** Date expressions, best (most specific) first; group "x" is the expression as written. */
    private static final List<Pattern> DATES = List.of(
            cached("\\b(?:from\\s+|for\\s+)?(?<x>(?:on\\s+)?(?:" + WEEKDAY + ",?\\s+)?" + MONTH
                    + "\\s+\\d{1,2}" + ORD + "(?:\\s*(?:-|–|to)\\s*(?:" + MONTH + "\\s+)?\\d{1,2}" + ORD
                    + "\\b)?(?:,?\\s+\\d{4})?)\\b"),
            cached("\\b(?:from\\s+|for\\s+)?(?<x>(?:on\\s+)?\\d{1,2}" + ORD + "(?:\\s*(?:-|–|to)\\s*\\d{1,2}" + ORD
                    + ")?\\s+" + MONTH + "(?:,?\\s+\\d{4})?)\\b"),
            cached("\\b(?<x>\\d{4}-\\d{2}-\\d{2})\\b"),
            cached("(?i)\\b(?<x>(?:earlier|later)\\s+this\\s+(?:week|month)|(?:next|last|this)\\s+(?:week|month)"
                    + "|yesterday|today|tomorrow)\\b"),
            cached("\\b(?<x>on\\s+" + WEEKDAY + ")\\b"),
            cached("\\b(?<x>(?:in|early|mid|late)[\\s-]+" + MONTH + "(?:\\s+\\d{4})?)\\b"));

    private static final Pattern REPORTING =
            cached("(?:said|stated|confirmed|announced|noted|told|posted|added|reported|highlighted)\\s*$");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|’ll|'ll|is set to|are set to|set to begin|is scheduled|are scheduled|scheduled (?:to|for|from)"
                    + "|to be held|is ready to|is expected to|is anticipated to|is due to|plans to|is slated to"
                    + "|to attend|to participate)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST = cached(
            "\\b(?:met|(?:was|were)\\s+(?:held|convened|hosted)|(?:held|convened|hosted)(?!\\s+(?:by|in)\\b)|concluded|signed|spoke|spoken|visited|was represented|represented"
                    + "|took place|talked)\\b");
    private static final Pattern POSTPONED = cached("\\b(?:postponed|deferred|put off|rescheduled)\\b");
    private static final Pattern CANCELLED = cached("\\b(?:cancell?ed|called off|scrapped)\\b");

    private static final Pattern NAMED_MINISTERIAL = cached(
            "((?:[A-Z0-9][\\w’'+-]*\\s+){1,4})(Ministerial(?:\\s+(?:Dialogue|Meeting|Conference))?|Summit|Dialogue"
                    + "|(?<=Ministers['’]\\s)Meeting)\\b");
    private static final Pattern ANAPHORIC_MINISTERIAL = cached(
            "\\b(?:the|this|This|The)\\s+(?:high-level\\s+)?(?:ministerial|Ministerial|summit|Summit|gathering|occasion)\\b");
    private static final Pattern ANAPHORIC_MEETING =
            cached("\\b(?:the|The)\\s+(meeting|talks|discussions|call|conversation)\\b");
    private static final Pattern ANAPHORIC_VISIT =
            cached("\\b(?:the|The|his|His|this|This|[A-Z][a-z]+[’']s)\\s+(?:visit|trip|journey|go to|itinerary)\\b");
    private static final Pattern MEETING_VERB =
            cached("\\b(?:(?:met|meets)(?:\\s+with)?|meeting\\s+with|called\\s+on|calls\\s+on"
                    + "|(?:held|holding|holds|hold|had)\\s+(?:a\\s+|an\\s+)?(?:[a-z-]+\\s+){0,2}?"
                    + "(?:talks|discussions|conversation|call|meeting|meetings)(?:\\s+with)?"
                    + "|(?:meeting|talks|call|conversation)\\s+between"
                    + "|(?:spoke|spoken|speaks|talked)\\s+(?:to|with)"
                    + "|(?:phone|telephone|video)\\s+(?:call|conversation)\\s+with)\\b");
    private static final Pattern VISIT_VERB = cached(
            "\\b(?:(?:visit|trip|journey|tour)\\s+to|visit(?:s|ed|ing)?|go(?:es)?\\s+to|travel(?:s|led|ling)?\\s+to"
                    + "|head(?:s|ed|ing)?\\s+to|arriv(?:e|es|ed|ing)\\s+in|land(?:s|ed)?\\s+in"
                    + "|reach(?:es|ed)?|fly\\s+to|flew\\s+to)\\s+(?:the\\s+)?");
    private static final Pattern CONVENED_BY =
            cached("\\b(?:convened|hosted|chaired|organi[sz]ed|held(?:\\s+on\\s+[^,.]{1,30}?)?)\\s+by\\s+$");
    private static final Pattern CONVENES =
            cached("\\b(?:convened|hosted|convening|hosting|will host|hosts|convenes|chaired|chairs)\\s+");
    private static final Pattern PART_OF_LINK = cached(
            "\\b(?:participate|participating|attend|attending|take part|taking part|part in|during which|for)\\b");

    private final String text;
    private final Gazetteer gazetteer;
    private final DateResolver resolver;
    private final Clock clock;
    private final boolean[] dropped;
    private final List<String> warnings = new ArrayList<>();
    private final List<Span> droppedSpans = new ArrayList<>();
    private final List<Ev> events = new ArrayList<>();
    private final Map<String, Actor> bySurname = new LinkedHashMap<>();
    private final Map<String, Actor> byOffice = new LinkedHashMap<>();

    private String agency;
    private String headline;
    private Anchor textDate;
    private Ev lastMinisterial;
    private Ev lastMeetingish;
    private Ev lastVisit;

    ArticleReader(String text, Gazetteer gazetteer, DateResolver resolver, Clock clock) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.resolver = resolver;
        this.clock = clock;
        this.dropped = new boolean[text.length()];
    }

    // ------------------------------------------------------------------ structure

    /** An actor found in a sentence: the span that names it, and whether it is a country. */
    record Mention(Actor actor, int start, int end) {}

    /** A date expression found in a sentence. */
    record DateExpr(String text, int start, int end, int rank) {}

    /** An event mention in a sentence. */
    record Trigger(Ev ev, int start, int end) {}

    /** One event of the article, with the fields found so far and their evidence. */
    static final class Ev {
        final EventKind kind;
        final Map<String, Span> evidence = new LinkedHashMap<>();
        String ref;
        String when;
        int whenRank = -1;
        Status status;
        String title;
        String edition;
        Location location;
        Actor convener;
        final List<Actor> participants = new ArrayList<>();
        final List<Actor> attendees = new ArrayList<>();
        final Map<String, Actor> representatives = new LinkedHashMap<>();
        Actor visitor;
        Location destination;
        MeetingMode mode = MeetingMode.IN_PERSON;
        dev.entente.model.AgreementType agreementType;
        Integer termYears;
        final List<Actor> signatories = new ArrayList<>();
        final List<Actor> parties = new ArrayList<>();
        Ev partOf;
        int mentions;

        Ev(EventKind kind) {
            this.kind = kind;
        }
    }

    private Span span(int start, int end) {
        return Span.of(text.codePointCount(0, start), text.codePointCount(0, end));
    }

    // ------------------------------------------------------------------ entry

    Draft read(String outlet, String url, Anchor publishedAt) {
        dropBoilerplate();
        List<int[]> sentences = sentences();
        for (int[] s : sentences) {
            collectHolders(s[0], s[1]);
        }
        for (int[] s : sentences) {
            readSentence(s[0], s[1]);
        }
        Anchor published = publishedAt != null ? publishedAt : textDate;
        Source.Builder source = Source.builder();
        if (outlet == null || outlet.isBlank()) {
            warnings.add("no outlet given: the draft names an unnamed outlet");
            source.outlet("unnamed outlet");
        } else {
            source.outlet(outlet);
        }
        if (agency != null) {
            source.agency(agency);
        }
        if (url != null && !url.isBlank()) {
            source.url(url);
        }
        if (headline != null) {
            source.headline(headline);
        }
        Report.Builder report = Report.builder()
                .id("draft-" + digest(text))
                .source(source.build())
                .language("en")
                .text(text);
        if (published != null) {
            report.publishedAt(published);
        }
        int n = 0;
        for (Ev ev : events) {
            ev.ref = ev.kind.wireName() + "-" + (++n);
        }
        for (Ev ev : events) {
            report.addRecords(build(ev, published));
        }
        droppedSpans.sort(java.util.Comparator.comparingInt(Span::start));
        return Draft.builder()
                .report(report.build())
                .addAllWarnings(warnings)
                .addAllDropped(droppedSpans)
                .build();
    }

    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ boilerplate and metadata

    private void drop(int start, int end) {
        if (end <= start) {
            return;
        }
        for (int i = start; i < end; i++) {
            dropped[i] = true;
        }
        droppedSpans.add(span(start, end));
    }

    private void dropAll(Pattern p) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            drop(m.start(), m.end());
        }
    }

    private void dropBoilerplate() {
        Matcher tail = cached("(?m)^\\s*(?:Reader Comments|Leave a Comment|Comments \\(\\d+\\))\\s*$")
                .matcher(text);
        if (tail.find()) {
            drop(tail.start(), text.length());
        }
        dropAll(cached("(?mi)^\\s*(?:Share this article:?|Share|Advertisement|Advertisment|Sponsored|Trending"
                + "|\\d+ min(?:ute)?s? read|(?:Also Read|Read More|Read Also|Also See|Related(?: News| Stories)?):.*"
                + "|Add [^\\n]{0,60} as a Preferred Source|(?:Image|Photo|Picture|File photo)(?: credit| caption)?:.*"
                + "|Follow (?:us|[^\\n]{0,40}) on (?:Twitter|X|Facebook|Instagram|WhatsApp|Google News|Telegram).*"
                + "|Subscribe (?:to|now).*|Click here.*|Download the .{0,40}app.*|Disclaimer:.*"
                + "|(?:Published|Updated|Last Updated)(?: on)?:? .{0,60}"
                + "|We welcome thoughtful discussions.*)\\s*$"));
        dropAll(cached("Add [A-Z][\\w ]{0,60} as a Preferred Source"));
        dropAll(cached("!\\[[^\\n]*?\\]\\([^)\\s]*\\)"));
        dropAll(cached("\\(Except for the headline[^)]*\\)"));
        Matcher key = cached(
                        "(?m)^\\s*(?:Key Points|Key Highlights|Highlights|Key Takeaways)(?::.*|\\s*)$(?:\\n\\s*(?:[•*·-]\\s.*)?$)*")
                .matcher(text);
        while (key.find()) {
            drop(key.start(), key.end());
        }
        Matcher tag = cached("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\s").matcher(text);
        if (tag.find()) {
            textDate = Anchor.parse(tag.group(1));
            drop(tag.start(), tag.end());
        }
        Matcher ag = cached("\\((" + AGENCIES + ")\\)|(?m)^\\s*-\\s*(" + AGENCIES + ")\\s*$"
                        + "|\\(?With (" + AGENCIES + ") inputs\\)?|(?i:(?:Primarily )?based On) (" + AGENCIES
                        + ") Report")
                .matcher(text);
        while (ag.find()) {
            for (int g = 1; g <= 4; g++) {
                if (ag.group(g) != null && agency == null) {
                    agency = ag.group(g);
                }
            }
            drop(ag.start(), ag.end());
        }
        Matcher dl = cached("(?m)^\\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?: \\[[A-Z][a-z]+\\])?, (" + MONTH
                        + ") (\\d{1,2})(?:,? (\\d{4}))?"
                        + "(?:\\s*\\(" + AGENCIES + "\\))?(?:\\s*$|\\s*[:—–-]\\s*|(?<=\\))\\s+)")
                .matcher(text);
        if (dl.find()) {
            drop(dl.start(), dl.end());
            if (textDate == null) {
                textDate = datelineDate(dl.group(0).trim(), dl.group(2), Integer.parseInt(dl.group(3)), dl.group(4));
            }
        }
    }

    private Anchor datelineDate(String dateline, String month, int day, String year) {
        Month m = monthOf(month);
        if (year != null) {
            return Anchor.of(LocalDate.of(Integer.parseInt(year), m, day));
        }
        if (clock == null) {
            warnings.add("dateline '" + dateline + "' has no year and no clock is set: no publication date");
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        for (int y = today.getYear(); y > today.getYear() - 4; y--) {
            try {
                LocalDate d = LocalDate.of(y, m, day);
                if (!d.isAfter(today)) {
                    return Anchor.of(d);
                }
            } catch (java.time.DateTimeException e) {
                // February 29 in a common year: try the year before
            }
        }
        return null;
    }

    private static Month monthOf(String s) {
        String p = s.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)
                    .startsWith(p)) {
                return m;
            }
        }
        throw new IllegalArgumentException(s);
    }

    // ------------------------------------------------------------------ sentences

    /** Splits the kept text into sentences, skipping headlines; returns [start, end) pairs. */
    private List<int[]> sentences() {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        boolean bodySeen = false;
        while (i < text.length()) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int s = i;
            while (s < lineEnd) {
                while (s < lineEnd && (dropped[s] || Character.isWhitespace(text.charAt(s)))) {
                    s++;
                }
                int e = s;
                while (e < lineEnd && !dropped[e]) {
                    e++;
                }
                if (e > s) {
                    String piece = text.substring(s, e).strip();
                    boolean headlineLike = !piece.matches("(?s).*[.!?\"”’:)]$") && piece.split("\\s+").length <= 20;
                    if (headlineLike) {
                        if (!bodySeen && headline == null) {
                            headline = piece;
                        }
                    } else {
                        bodySeen = true;
                        splitSentences(s, e, out);
                    }
                }
                s = e;
            }
            i = lineEnd + 1;
        }
        return out;
    }

    private static final Pattern BOUNDARY = cached("(?<=[a-z0-9)”\"’][.!?])[”\"’]?(?=\\s*[A-Z“\"]|\\s*$)");

    private void splitSentences(int start, int end, List<int[]> out) {
        Matcher m = BOUNDARY.matcher(text).region(start, end);
        int s = start;
        while (m.find()) {
            int cut = m.end();
            String before = text.substring(Math.max(s, cut - 6), cut);
            if (before.matches(".*\\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Sept|No|Gen|Lt|Col)\\.$")) {
                continue;
            }
            if (cut > s) {
                out.add(new int[] {s, cut});
            }
            s = cut;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        if (end > s) {
            out.add(new int[] {s, end});
        }
    }

    // ------------------------------------------------------------------ actors

    private static final Pattern NAME = cached(
            "(?:Shri\\s+|Smt\\.?\\s+|Dr\\.?\\s+|Mr\\.?\\s+|Ms\\.?\\s+|Mrs\\.?\\s+)?((?:[A-Z]\\.?\\s)?[A-Z][a-z’'-]+(?:\\s[A-Z][a-z’'-]+){0,2})");

    /** Returns the person name starting at {@code at} (after spaces), trimmed of words that are no names. */
    private int[] nameAt(int at, int limit) {
        Matcher m = NAME.matcher(text).region(at, limit);
        if (!m.lookingAt()) {
            return null;
        }
        int s = m.start(1);
        String[] tokens = m.group(1).split("\\s");
        int e = s;
        int kept = 0;
        int pos = s;
        for (String t : tokens) {
            String bare = t.replaceAll("[’']s$", "");
            if (Gazetteer.NOT_NAMES.contains(bare)
                    || Gazetteer.COUNTRIES.containsKey(bare)
                    || Gazetteer.CITIES.containsKey(bare)) {
                break;
            }
            pos = text.indexOf(t, pos);
            e = pos + bare.length();
            pos += t.length();
            kept++;
            if (t.length() != bare.length()) {
                break;
            }
        }
        if (kept == 0) {
            return null;
        }
        String name = text.substring(s, e);
        if (name.matches("[A-Z]\\.?")) {
            return null;
        }
        return new int[] {s, e};
    }

    private String countryBefore(int start, int sentenceStart, int[] newStart) {
        String before = text.substring(sentenceStart, start);
        for (Map.Entry<String, String> c : Gazetteer.COUNTRIES.entrySet()) {
            String k = c.getKey();
            if (before.endsWith(k + " ")) {
                int s = start - k.length() - 1;
                if (s == sentenceStart || !Character.isLetter(text.charAt(s - 1))) {
                    newStart[0] = s;
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** The office mentions of a sentence, with or without a name after the title. */
    private List<Mention> officeMentions(int start, int end, boolean firstPass) {
        List<Mention> out = new ArrayList<>();
        boolean[] used = new boolean[end - start];
        String sentence = text.substring(start, end);
        for (Gazetteer.OfficeName on : gazetteer.officeNames) {
            if (!sentence.contains(on.text())) {
                continue;
            }
            Matcher m = cached("(?<![\\w@])" + Pattern.quote(on.text()) + "(?![\\w])")
                    .matcher(text)
                    .region(start, end);
            while (m.find()) {
                if (used[m.start() - start] || used[m.end() - 1 - start]) {
                    continue;
                }
                int[] ms = {m.start()};
                String country = countryBefore(m.start(), start, ms);
                int after = m.end();
                Matcher abbr = cached("\\s*\\([A-Z]{2,6}\\)").matcher(text).region(after, end);
                if (abbr.lookingAt()) {
                    after = abbr.end();
                }
                String portfolio = on.office().portfolio().orElse(null);
                int[] name = null;
                Matcher forP = cached("\\s+for\\s+((?:[A-Z][\\w-]*|and|,|\\s)+)")
                        .matcher(text)
                        .region(after, end);
                if (on.office().minister() && forP.lookingAt()) {
                    String run = forP.group(1);
                    String[] tok = run.trim().split("\\s+");
                    int k = tok.length;
                    int names = 0;
                    while (k > 0 && names < 3) {
                        String t = tok[k - 1].replaceAll(",$", "");
                        if (t.equals("and") || Gazetteer.NOT_NAMES.contains(t) || !t.matches("[A-Z].*")) {
                            break;
                        }
                        k--;
                        names++;
                    }
                    if (names >= 2) {
                        String nm = String.join(" ", java.util.Arrays.copyOfRange(tok, k, tok.length))
                                .replaceAll(",$", "");
                        int ns = text.indexOf(nm, forP.start(1));
                        name = new int[] {ns, ns + nm.length()};
                        portfolio = text.substring(forP.start(1), ns)
                                .replaceAll("[,\\s]+$", "")
                                .strip();
                    }
                }
                if (name == null) {
                    Matcher sp = cached(",?\\s+").matcher(text).region(after, end);
                    if (sp.lookingAt() && !text.substring(after, sp.end()).contains(",")) {
                        name = nameAt(sp.end(), end);
                    }
                }
                if (name == null && on.office().title().matches("Ambassador|Secretary|Chairman|President|Senator")) {
                    continue;
                }
                Actor actor;
                int mEnd;
                if (name != null) {
                    actor = holder(on.office(), text.substring(name[0], name[1]), country, portfolio);
                    mEnd = name[1];
                } else {
                    if (firstPass) {
                        continue;
                    }
                    actor = byOffice.get(officeKey(on.office(), country));
                    mEnd = m.end();
                    if (actor == null) {
                        continue;
                    }
                }
                for (int i = ms[0]; i < mEnd; i++) {
                    used[i - start] = true;
                }
                out.add(new Mention(actor, ms[0], mEnd));
            }
        }
        Matcher g = GENERIC_MINISTER.matcher(text).region(start, end);
        while (g.find()) {
            if (used[g.start(1) - start] || used[g.end(1) - 1 - start]) {
                continue;
            }
            int[] name = nameAt(g.end(), end);
            if (name == null) {
                continue;
            }
            int[] ms = {g.start(1)};
            String country = countryBefore(g.start(1), start, ms);
            String portfolio = g.group(2).trim();
            Actor actor = holder(
                    Office.minister(portfolio + " Minister", null, portfolio),
                    text.substring(name[0], name[1]),
                    country,
                    portfolio);
            for (int i = ms[0]; i < name[1]; i++) {
                used[i - start] = true;
            }
            out.add(new Mention(actor, ms[0], name[1]));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static final Pattern GENERIC_MINISTER =
            cached("((?:Union\\s+)?((?:[A-Z][a-z]+\\s+(?:and\\s+)?){1,3})Minister)\\s+(?=[A-Z])");

    private static String officeKey(Office o, String country) {
        return o.title() + "/" + (country != null ? country : o.country().orElse(""));
    }

    private Actor holder(Office office, String name, String country, String portfolio) {
        Actor known = lookup(name);
        if (known != null && !(known instanceof Person)) {
            return known;
        }
        String c = country != null ? country : office.country().orElse(null);
        if (office.title().matches("Ambassador|Secretary|Chairman|President")) {
            Actor bySur = bySurname.get(Gazetteer.surname(name));
            if (bySur != null) {
                return bySur;
            }
        }
        if (office.minister()) {
            Minister.Builder b = Minister.builder().name(name);
            if (c != null) {
                b.country(c);
            }
            if (portfolio != null) {
                b.portfolio(portfolio);
            }
            return b.build();
        }
        Official.Builder b = Official.builder().name(name);
        if (c != null) {
            b.country(c);
        }
        if (portfolio != null) {
            b.role(portfolio);
        }
        return b.build();
    }

    private Actor lookup(String name) {
        Actor a = gazetteer.knownByName.get(name.toLowerCase(Locale.ROOT));
        if (a == null) {
            a = gazetteer.knownByName.get(Gazetteer.surname(name).toLowerCase(Locale.ROOT));
        }
        return a;
    }

    /** First pass: who holds which office, and surnames, across the whole article. */
    private void collectHolders(int start, int end) {
        List<Mention> offices = officeMentions(start, end, true);
        List<Mention> bare = new ArrayList<>(offices);
        bareNamesBeforeVerbs(start, end, bare);
        bare.removeAll(offices);
        for (Mention m : bare) {
            bySurname.putIfAbsent(Gazetteer.surname(m.actor().displayName()), m.actor());
        }
        for (Mention m : offices) {
            String name = Gazetteer.namesOf(m.actor()).get(0);
            String sur = Gazetteer.surname(name);
            Actor prev = bySurname.get(sur);
            if (prev == null || richness(m.actor()) > richness(prev)) {
                bySurname.put(sur, m.actor());
            }
            for (Gazetteer.OfficeName on : gazetteer.officeNames) {
                if (text.substring(m.start(), m.end()).contains(on.text())) {
                    String c = m.actor() instanceof Minister mi
                            ? mi.country().orElse(null)
                            : m.actor() instanceof Official o ? o.country().orElse(null) : null;
                    byOffice.putIfAbsent(officeKey(on.office(), c), m.actor());
                    byOffice.putIfAbsent(officeKey(on.office(), null), m.actor());
                    break;
                }
            }
        }
    }

    private static int richness(Actor a) {
        if (a instanceof Minister m) {
            return 3 + (m.portfolio().isPresent() ? 1 : 0) + (m.country().isPresent() ? 1 : 0);
        }
        if (a instanceof Official o) {
            return 2 + (o.role().isPresent() ? 1 : 0) + (o.country().isPresent() ? 1 : 0);
        }
        if (a instanceof Delegation d) {
            return 1 + (d.leader().isPresent() ? 2 : 0) + d.members().size();
        }
        return 1;
    }

    /** All actor mentions of a sentence: offices, delegations, known names and surnames. */
    private List<Mention> actorMentions(int start, int end) {
        List<Mention> found = new ArrayList<>(officeMentions(start, end, false));
        // names in lists after "included" / "including" / "along with"
        Matcher inc = cached("\\b(?:included|including|comprising|along with|together with)\\s+")
                .matcher(text)
                .region(start, end);
        while (inc.find()) {
            int p = inc.end();
            while (p < end) {
                int q = p;
                Mention office = covering(found, q);
                if (office != null && office.start() == q) {
                    p = office.end();
                } else {
                    int[] nm = nameAt(q, end);
                    if (nm == null
                            || nm[1] - nm[0] < 3
                            || !text.substring(nm[0], nm[1]).contains(" ")
                                    && lookupAll(text.substring(nm[0], nm[1])) == null) {
                        break;
                    }
                    String n = text.substring(nm[0], nm[1]);
                    Actor a = lookupAll(n);
                    found.add(new Mention(a != null ? a : Person.of(n), nm[0], nm[1]));
                    p = nm[1];
                }
                Matcher sep = cached("\\s*(?:,\\s*(?:and\\s+|along with\\s+)?|\\s+and\\s+|,?\\s+along with\\s+)")
                        .matcher(text)
                        .region(p, end);
                if (!sep.lookingAt()) {
                    break;
                }
                p = sep.end();
            }
        }
        // bare names right after a meeting verb, "with", "and" or a comma
        Matcher bare = cached("\\b(?:met|meet|meets|with|and|by|counterparts?)\\s+|,\\s+")
                .matcher(text)
                .region(start, end);
        while (bare.find()) {
            if (covering(found, bare.end()) != null) {
                continue;
            }
            int[] nm = nameAt(bare.end(), end);
            if (nm == null || !text.substring(nm[0], nm[1]).contains(" ")) {
                continue;
            }
            String n = text.substring(nm[0], nm[1]);
            Actor a = lookupAll(n);
            Matcher cp = COUNTERPART.matcher(text).region(start, bare.end());
            String cc = cp.find() ? Gazetteer.COUNTRIES.get(cp.group(1)) : null;
            found.add(new Mention(
                    a != null
                            ? a
                            : cc != null ? Person.builder().name(n).country(cc).build() : Person.of(n),
                    nm[0],
                    nm[1]));
        }
        bareNamesBeforeVerbs(start, end, found);
        // surnames and known names
        Matcher w =
                cached("(?<![\\w@])([A-Z][a-z’'-]+)(?:[’']s)?\\b").matcher(text).region(start, end);
        while (w.find()) {
            if (covering(found, w.start()) != null) {
                continue;
            }
            String word = w.group(1);
            Actor a = lookupAll(word);
            if (a != null) {
                found.add(new Mention(a, w.start(1), w.end(1)));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return delegations(found, start, end);
    }

    /** Adds the two- or three-word names written right before a verb ("Maria Lopez will ..."). */
    private void bareNamesBeforeVerbs(int start, int end, List<Mention> found) {
        Matcher nb = NAME.matcher(text).region(start, end);
        while (nb.find()) {
            int s0 = nb.start(1);
            if (covering(found, s0) != null || s0 > start && Character.isLetterOrDigit(text.charAt(s0 - 1))) {
                continue;
            }
            int[] nm = nameAt(s0, end);
            if (nm == null || !text.substring(nm[0], nm[1]).contains(" ")) {
                continue;
            }
            if (BEFORE_VERB.matcher(text).region(nm[1], end).lookingAt()) {
                String n = text.substring(nm[0], nm[1]);
                Actor a = lookupAll(n);
                found.add(new Mention(a != null ? a : Person.of(n), nm[0], nm[1]));
            }
        }
    }

    private static final Pattern COUNTERPART = cached("\\b([A-Z][\\w’']+)\\s+counterparts?\\s+$");

    private static final Pattern BEFORE_VERB = cached(
            "\\s+(?:will|is|was|has|had|met|meets|held|holds|spoke|visited|visits|arrived|arrives|also|signed|called)\\b");

    private Actor lookupAll(String name) {
        Actor a = gazetteer.knownByName.get(name.toLowerCase(Locale.ROOT));
        if (a != null) {
            return a;
        }
        a = bySurname.get(Gazetteer.surname(name));
        if (a != null) {
            return a;
        }
        return gazetteer.knownByName.get(Gazetteer.surname(name).toLowerCase(Locale.ROOT));
    }

    private static Mention covering(List<Mention> ms, int pos) {
        for (Mention m : ms) {
            if (m.start() <= pos && pos < m.end()) {
                return m;
            }
        }
        return null;
    }

    private static final Pattern DELEGATION = cached(
            "\\b(?:(?:a|A|the|The)\\s+)?(?:visiting\\s+)?((?:[A-Z][\\w.’']*\\s+){0,2})(Congressional|congressional"
                    + "|parliamentary|Parliamentary|business|trade|official|high-level|ministerial)\\s+[Dd]elegation\\b");

    /** Folds the leader and members written after a delegation into one delegation mention. */
    private List<Mention> delegations(List<Mention> found, int start, int end) {
        Matcher m = DELEGATION.matcher(text).region(start, end);
        List<Mention> out = new ArrayList<>(found);
        while (m.find()) {
            String pre = m.group(1).trim();
            String country = Gazetteer.COUNTRIES.get(pre);
            String kindWord = m.group(2).toLowerCase(Locale.ROOT);
            String kindName = Character.toUpperCase(kindWord.charAt(0)) + kindWord.substring(1);
            String name = (country != null ? (country.equals("US") ? "US" : pre) + " " : "") + kindName + " delegation";
            Delegation.Builder d = Delegation.builder().name(name);
            if (country != null) {
                d.country(country);
            }
            int p = m.end();
            int last = m.end();
            boolean leaderSet = false;
            List<Mention> consumed = new ArrayList<>();
            Pattern glue = cached("[\\s,]*(?:(?:and\\s+)?led by|(?:and\\s+)?along with|(?:and\\s+)?together with"
                    + "|(?:that|which|who)\\s+included|including|and)?[\\s,]*");
            for (Mention x : found) {
                if (x.start() < p) {
                    continue;
                }
                String gap = text.substring(last, x.start());
                if (!glue.matcher(gap).matches()) {
                    break;
                }
                if (x.actor() instanceof Country || x.actor() instanceof Delegation) {
                    break;
                }
                if (!leaderSet && gap.contains("led by")) {
                    d.leader(x.actor());
                    leaderSet = true;
                } else if (gap.isBlank() && consumed.isEmpty()) {
                    break;
                } else {
                    d.addMembers(x.actor());
                }
                consumed.add(x);
                last = x.end();
            }
            out.removeAll(consumed);
            out.add(new Mention(d.build(), m.start(), last));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private List<Mention> countryMentions(int start, int end) {
        List<Mention> out = new ArrayList<>();
        boolean[] used = new boolean[end - start];
        String sentence = text.substring(start, end);
        for (Map.Entry<String, String> c : Gazetteer.COUNTRIES.entrySet()) {
            if (!sentence.contains(c.getKey())) {
                continue;
            }
            Matcher m = cached("(?<![\\w.])" + Pattern.quote(c.getKey()) + "(?![\\w-])")
                    .matcher(text)
                    .region(start, end);
            while (m.find()) {
                if (used[m.start() - start]) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    used[i - start] = true;
                }
                out.add(new Mention(Country.of(c.getValue()), m.start(), m.end()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    // ------------------------------------------------------------------ dates

    private List<DateExpr> dates(int start, int end, List<int[]> quotes) {
        List<DateExpr> out = new ArrayList<>();
        boolean[] used = new boolean[end - start];
        for (int rank = 0; rank < DATES.size(); rank++) {
            Matcher m = DATES.get(rank).matcher(text).region(start, end);
            while (m.find()) {
                int s = m.start("x");
                int e = m.end("x");
                if (used[s - start]) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    used[i - start] = true;
                }
                String before = text.substring(start, m.start());
                if (REPORTING
                                .matcher(before.stripTrailing().replaceAll("\\s+(?:on|in)$", ""))
                                .find()
                        && REPORTING.matcher(before.stripTrailing()).find()) {
                    continue;
                }
                if (before.matches("(?s).*\\b(?:said|stated|confirmed|announced|noted|posted)\\s+$")) {
                    continue;
                }
                boolean quoted = inside(quotes, s);
                int score = rank <= 2
                        ? 3
                        : rank == 3
                                ? (m.group("x").matches("(?i)yesterday|today|tomorrow") ? 2 : 1)
                                : rank == 4 ? 2 : 0;
                if (quoted && score < 3) {
                    continue;
                }
                out.add(new DateExpr(text.substring(s, e), s, e, score));
            }
        }
        out.sort(java.util.Comparator.comparingInt(DateExpr::start));
        return out;
    }

    private List<int[]> quotes(int start, int end) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                out.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, end});
        }
        return out;
    }

    private static boolean inside(List<int[]> ranges, int pos) {
        for (int[] r : ranges) {
            if (r[0] <= pos && pos <= r[1]) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ events

    private void readSentence(int start, int end) {
        List<Mention> actors = actorMentions(start, end);
        List<Mention> countries = countryMentions(start, end);
        List<int[]> quotes = quotes(start, end);
        List<Trigger> triggers = new ArrayList<>();

        Matcher mv = MEETING_VERB.matcher(text).region(start, end);
        while (mv.find()) {
            meeting(mv, actors, start, end, triggers);
        }
        Matcher vv = VISIT_VERB.matcher(text).region(start, end);
        while (vv.find()) {
            visit(vv, actors, start, end, triggers);
        }
        Matcher av = ANAPHORIC_VISIT.matcher(text).region(start, end);
        while (av.find()) {
            if (lastVisit != null && !overlaps(triggers, av.start(), av.end())) {
                triggers.add(new Trigger(lastVisit, av.start(), av.end()));
            }
        }
        Matcher ag = AGREEMENT.matcher(text).region(start, end);
        while (ag.find()) {
            agreement(ag, actors, start, end, triggers);
        }
        Matcher nm = NAMED_MINISTERIAL.matcher(text).region(start, end);
        while (nm.find()) {
            namedMinisterial(nm, actors, start, triggers);
        }
        Matcher am = ANAPHORIC_MINISTERIAL.matcher(text).region(start, end);
        while (am.find()) {
            if (lastMinisterial != null && !overlaps(triggers, am.start(), am.end())) {
                triggers.add(new Trigger(lastMinisterial, am.start(), am.end()));
                lastMeetingish = lastMinisterial;
            }
        }
        Matcher amt = ANAPHORIC_MEETING.matcher(text).region(start, end);
        while (amt.find()) {
            Ev target = lastMeetingish;
            if (amt.group(1).matches("call|conversation")) {
                for (Ev e : events) {
                    if (e.kind == EventKind.MEETING && e.mode == MeetingMode.PHONE) {
                        target = e;
                    }
                }
            }
            if (target != null && !overlaps(triggers, amt.start(), amt.end())) {
                triggers.add(new Trigger(target, amt.start(), amt.end()));
            }
        }
        if (triggers.isEmpty()) {
            for (Mention a : actors) {
                Matcher w = WELCOMES.matcher(text).region(a.end(), end);
                if (w.find() && w.start() - a.end() < 30) {
                    for (Ev e : events) {
                        if (e.kind == EventKind.MINISTERIAL
                                && e.convener != null
                                && identity(e.convener).equals(identity(a.actor()))) {
                            triggers.add(new Trigger(e, a.start(), w.end()));
                            lastMinisterial = e;
                            break;
                        }
                    }
                }
                if (!triggers.isEmpty()) {
                    break;
                }
            }
        }
        triggers.sort(java.util.Comparator.comparingInt(Trigger::start));

        conveners(actors, triggers, start, end);
        representatives(actors, countries, triggers, start, end);
        attendees(countries, triggers, start, end);
        partOf(triggers, start);
        participation(actors, triggers, start);
        statuses(triggers, start, end);
        locations(triggers, start, end);

        for (DateExpr d : dates(start, end, quotes)) {
            Trigger best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Trigger t : triggers) {
                int dist = d.start() >= t.end() ? d.start() - t.end() : t.start() >= d.end() ? t.start() - d.end() : 0;
                if (dist < bestDist) {
                    bestDist = dist;
                    best = t;
                }
            }
            if (best == null) {
                warnings.add("date expression '" + d.text() + "' at "
                        + span(d.start(), d.end()).start() + " governs no event found in its sentence");
                continue;
            }
            Ev ev = best.ev();
            if (d.rank() > ev.whenRank) {
                ev.when = d.text();
                ev.whenRank = d.rank();
                ev.evidence.put("when", span(d.start(), d.end()));
            }
        }
        for (Trigger t : triggers) {
            t.ev().mentions++;
        }
    }

    private static final Pattern WELCOMES = cached(
            "\\b(?:welcome|welcomes|host|hosts)\\s+(?:the\\s+)?(?:partners|delegates|representatives|leaders|ministers)\\b");

    private static boolean overlaps(List<Trigger> ts, int s, int e) {
        for (Trigger t : ts) {
            if (s < t.end() && t.start() < e) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonLike(Actor a) {
        return !(a instanceof Country) && !(a instanceof dev.entente.model.Organization);
    }

    private void meeting(Matcher mv, List<Mention> actors, int start, int end, List<Trigger> triggers) {
        Mention subject = null;
        for (Mention m : actors) {
            if (m.end() <= mv.start() && isPersonLike(m.actor())) {
                subject = m;
            }
        }
        List<Mention> objects = new ArrayList<>();
        int last = mv.end();
        for (Mention m : actors) {
            if (m.start() < mv.end() || !isPersonLike(m.actor())) {
                continue;
            }
            String gap = text.substring(last, m.start());
            if (!gap.matches(
                            "[\\s,]*(?:(?:a|the|visiting|India[’']s|and|along with|(?:his|her|their)\\s+(?:[A-Z]\\w+\\s+)?counterparts?)\\s*)*[\\s,]*")
                    && !(objects.isEmpty() && gap.length() < 12)) {
                break;
            }
            objects.add(m);
            last = m.end();
        }
        if (subject != null && objects.isEmpty()) {
            Mention first = null;
            for (Mention m : actors) {
                if (m.end() <= subject.start()
                        && isPersonLike(m.actor())
                        && text.substring(m.end(), subject.start()).matches("\\s*(?:and|,)\\s*")) {
                    first = m;
                }
            }
            if (first != null) {
                objects.add(subject);
                subject = first;
            }
        }
        if (mv.group().endsWith("between")) {
            List<Mention> after = new ArrayList<>();
            for (Mention m : objects) {
                after.add(m);
            }
            if (after.size() >= 2) {
                subject = after.remove(0);
                objects = after;
            }
        }
        if (subject == null || objects.isEmpty()) {
            warnings.add("'" + mv.group().trim() + "' at "
                    + span(mv.start(), mv.end()).start() + ": meeting without a named "
                    + (subject == null ? "subject" : "counterpart") + ", not drafted");
            return;
        }
        String clause =
                text.substring(Math.max(start, mv.start() - 20), mv.end()).toLowerCase(Locale.ROOT);
        MeetingMode mode = clause.matches("(?s).*\\b(?:video|virtual|virtually)\\b.*")
                ? MeetingMode.VIDEO
                : clause.matches("(?s).*\\b(?:phone|telephone|call|spoke|spoken|speaks)\\b.*")
                                && !clause.contains("called on")
                        ? MeetingMode.PHONE
                        : MeetingMode.IN_PERSON;
        List<Mention> parts = new ArrayList<>();
        parts.add(subject);
        parts.addAll(objects);
        Ev ev = findMeeting(parts, mode);
        if (ev == null) {
            ev = new Ev(EventKind.MEETING);
            ev.mode = mode;
            ev.evidence.put("kind", span(mv.start(), mv.end()));
            if (mode != MeetingMode.IN_PERSON) {
                ev.evidence.put("mode", span(mv.start(), mv.end()));
            }
            events.add(ev);
        }
        for (Mention p : parts) {
            addParticipant(ev, p);
        }
        triggers.add(new Trigger(ev, mv.start(), mv.end()));
        lastMeetingish = ev;
    }

    private static String identity(Actor a) {
        if (a instanceof Delegation d) {
            return "delegation:" + d.displayName().toLowerCase(Locale.ROOT).replace("united states", "us");
        }
        if (a instanceof Country c) {
            return "country:" + c.code();
        }
        return Gazetteer.surname(a.displayName()).toLowerCase(Locale.ROOT);
    }

    private Ev findMeeting(List<Mention> parts, MeetingMode mode) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        parts.forEach(p -> ids.add(identity(p.actor())));
        for (Ev e : events) {
            if (e.kind != EventKind.MEETING || e.mode != mode) {
                continue;
            }
            java.util.Set<String> have = new java.util.TreeSet<>();
            e.participants.forEach(a -> have.add(identity(a)));
            if (have.equals(ids)) {
                return e;
            }
        }
        return null;
    }

    private void addParticipant(Ev ev, Mention p) {
        String id = identity(p.actor());
        for (int i = 0; i < ev.participants.size(); i++) {
            if (identity(ev.participants.get(i)).equals(id)) {
                String sur = Gazetteer.surname(p.actor().displayName());
                boolean namesIt = text.substring(p.start(), p.end()).contains(sur);
                if (richness(p.actor()) > richness(ev.participants.get(i)) || namesIt && !namedAt(ev, i, sur)) {
                    ev.participants.set(i, p.actor());
                    ev.evidence.put("participants[" + i + "]", span(p.start(), p.end()));
                    if (i == 0) {
                        ev.evidence.put("participants", span(p.start(), p.end()));
                    }
                }
                return;
            }
        }
        int i = ev.participants.size();
        ev.participants.add(p.actor());
        ev.evidence.put("participants[" + i + "]", span(p.start(), p.end()));
        ev.evidence.putIfAbsent("participants", span(p.start(), p.end()));
    }

    private boolean namedAt(Ev ev, int i, String surname) {
        Span sp = ev.evidence.get("participants[" + i + "]");
        if (sp == null) {
            return false;
        }
        int s = text.offsetByCodePoints(0, sp.start());
        int e = text.offsetByCodePoints(0, sp.end());
        return text.substring(s, e).contains(surname);
    }

    private void visit(Matcher vv, List<Mention> actors, int start, int end, List<Trigger> triggers) {
        String rest = text.substring(vv.end(), end);
        String code = null;
        int destEnd = -1;
        String cityName = null;
        for (Map.Entry<String, String> c : Gazetteer.COUNTRIES.entrySet()) {
            if (rest.startsWith(c.getKey())
                    && (rest.length() == c.getKey().length()
                            || !Character.isLetter(rest.charAt(c.getKey().length())))) {
                code = c.getValue();
                destEnd = vv.end() + c.getKey().length();
                break;
            }
        }
        if (code == null) {
            for (Map.Entry<String, String> c : Gazetteer.CITIES.entrySet()) {
                if (rest.startsWith(c.getKey())) {
                    code = c.getValue();
                    cityName = c.getKey();
                    destEnd = vv.end() + c.getKey().length();
                    break;
                }
            }
        }
        if (code == null || ADJECTIVAL.matcher(text).region(destEnd, end).lookingAt()) {
            return;
        }
        Mention visitor = null;
        for (Mention m : actors) {
            if (m.end() <= vv.start() && isPersonLike(m.actor())) {
                visitor = m;
            }
        }
        Ev ev = null;
        for (Ev e : events) {
            if (e.kind == EventKind.VISIT
                    && (visitor == null
                            || e.visitor == null
                            || identity(e.visitor).equals(identity(visitor.actor())))) {
                ev = e;
            }
        }
        if (ev == null) {
            ev = new Ev(EventKind.VISIT);
            ev.evidence.put("kind", span(vv.start(), destEnd));
            events.add(ev);
        }
        if (visitor != null && (ev.visitor == null || richness(visitor.actor()) > richness(ev.visitor))) {
            ev.visitor = visitor.actor();
            ev.evidence.put("visitor", span(visitor.start(), visitor.end()));
        }
        if (ev.destination == null) {
            ev.destination = cityName != null ? Location.of(cityName, code) : Location.ofCountry(code);
            ev.evidence.put(
                    "destination",
                    span(
                            destEnd
                                    - (cityName != null ? cityName.length() : 0)
                                    - (cityName == null ? rest.indexOf(' ') < 0 ? 0 : 0 : 0),
                            destEnd));
            int ds = vv.end();
            ev.evidence.put("destination", span(ds, destEnd));
        }
        triggers.add(new Trigger(ev, vv.start(), destEnd));
        lastVisit = ev;
    }

    private static final Pattern ADJECTIVAL = cached("\\s*(?:[A-Z]\\w*|delegation|officials?|team|lawmakers)\\b");

    private static final Pattern AGREEMENT = cached(
            "\\b(?:signed|sign|signs|signing|inked|ink|concluded|conclude)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,8}?"
                    + "(?<kw>Agreement|MoU|MoUs|Memorandum of Understanding|Treaty|Pact|Joint Statement|Accord)\\b");

    private void agreement(Matcher ag, List<Mention> actors, int start, int end, List<Trigger> triggers) {
        int kwEnd = ag.end("kw");
        int ts = ag.start("kw");
        while (true) {
            int p = ts - 1;
            while (p > ag.start() && text.charAt(p) == ' ') {
                p--;
            }
            int w = p;
            while (w > ag.start() && !Character.isWhitespace(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, p + 1);
            if (w <= ag.start() || !(word.matches("[A-Z][\\w-]*|\\d+-year|of|and|on|for"))) {
                break;
            }
            ts = w;
        }
        while (text.substring(ts, kwEnd).matches("(?:of|and|on|for)\\s.*")) {
            ts = text.indexOf(' ', ts) + 1;
        }
        Matcher lead = cached("\\d{1,3}-year\\s+").matcher(text).region(ts, kwEnd);
        if (lead.lookingAt()) {
            ts = lead.end();
        }
        String title = text.substring(ts, kwEnd);
        String kw = ag.group("kw");
        Ev ev = null;
        for (Ev e : events) {
            if (e.kind == EventKind.AGREEMENT && e.title != null && e.title.equalsIgnoreCase(title)) {
                ev = e;
            }
        }
        if (ev == null) {
            ev = new Ev(EventKind.AGREEMENT);
            ev.title = title;
            ev.evidence.put("kind", span(ag.start(), kwEnd));
            ev.evidence.put("title", span(ts, kwEnd));
            ev.agreementType = title.contains("Framework")
                    ? dev.entente.model.AgreementType.FRAMEWORK
                    : kw.startsWith("MoU") || kw.startsWith("Memorandum")
                            ? dev.entente.model.AgreementType.MOU
                            : kw.equals("Treaty")
                                    ? dev.entente.model.AgreementType.TREATY
                                    : kw.equals("Joint Statement")
                                            ? dev.entente.model.AgreementType.JOINT_STATEMENT
                                            : dev.entente.model.AgreementType.OTHER;
            ev.evidence.put("agreementType", span(ag.start("kw"), kwEnd));
            Matcher years = cached("\\b(\\d{1,3})-year\\b").matcher(text).region(ag.start(), kwEnd);
            ev.evidence.put("title", span(ts, kwEnd));
            if (years.find()) {
                ev.termYears = Integer.parseInt(years.group(1));
                ev.evidence.put("termYears", span(years.start(), years.end()));
            }
            events.add(ev);
        }
        for (Mention m : actors) {
            if (m.end() <= ag.start()
                    && isPersonLike(m.actor())
                    && ev.signatories.stream().noneMatch(a -> identity(a).equals(identity(m.actor())))) {
                String gap = text.substring(m.end(), ag.start());
                if (gap.length() < 40 && !gap.contains(",")) {
                    ev.evidence.put("signatories[" + ev.signatories.size() + "]", span(m.start(), m.end()));
                    ev.evidence.putIfAbsent("signatories", span(m.start(), m.end()));
                    ev.signatories.add(m.actor());
                }
            }
        }
        triggers.add(new Trigger(ev, ag.start(), kwEnd));
    }

    private void namedMinisterial(Matcher nm, List<Mention> actors, int start, List<Trigger> triggers) {
        String[] tokens = nm.group(1).trim().split("\\s+");
        int k = tokens.length;
        while (k > 0) {
            String t = tokens[k - 1];
            if (t.endsWith("-led")
                    || Gazetteer.COUNTRIES.containsKey(t)
                    || t.matches("The|A|An|This|That|These|Its|Inaugural|EAM|Ahead|Forward|During|At|In|On|For")
                    || Gazetteer.CITIES.containsKey(t)) {
                break;
            }
            k--;
        }
        if (k == tokens.length) {
            return;
        }
        String titleWords = String.join(" ", java.util.Arrays.copyOfRange(tokens, k, tokens.length));
        String title = titleWords + " " + nm.group(2);
        int ts = text.indexOf(titleWords, nm.start(1));
        int te = nm.end();
        if (overlaps(triggers, ts, te)) {
            return;
        }
        Ev ev = null;
        for (Ev e : events) {
            if (e.kind == EventKind.MINISTERIAL && e.title != null && e.title.equalsIgnoreCase(title)) {
                ev = e;
            }
        }
        if (ev == null) {
            ev = new Ev(EventKind.MINISTERIAL);
            ev.title = title;
            ev.evidence.put("kind", span(ts, te));
            ev.evidence.put("title", span(ts, te));
            events.add(ev);
        }
        if (ev.edition == null) {
            Matcher ed = cached("\\b(inaugural|first|second|third|\\d+(?:st|nd|rd|th))\\s+(?:high-level\\s+)?$")
                    .matcher(text.substring(start, ts));
            if (ed.find()) {
                ev.edition = ed.group(1).toLowerCase(Locale.ROOT);
                ev.evidence.put("edition", span(start + ed.start(1), start + ed.end(1)));
            }
        }
        triggers.add(new Trigger(ev, ts, te));
        lastMinisterial = ev;
        lastMeetingish = ev;
    }

    private void conveners(List<Mention> actors, List<Trigger> triggers, int start, int end) {
        for (Mention a : actors) {
            if (!isPersonLike(a.actor()) || a.actor() instanceof Delegation) {
                continue;
            }
            String before = text.substring(start, a.start());
            Ev target = null;
            if (CONVENED_BY.matcher(before).find()) {
                target = nearestMinisterialBefore(triggers, a.start());
                if (target == null) {
                    target = ministerialOf(triggers);
                }
            } else {
                Matcher cv = CONVENES.matcher(text).region(a.end(), end);
                if (cv.lookingAt()
                        || (cv = CONVENES.matcher(text).region(a.end(), Math.min(end, a.end() + 20))).find()
                                && text.substring(a.end(), cv.start()).matches("\\s*(?:also\\s+)?")) {
                    for (Trigger t : triggers) {
                        if (t.ev().kind == EventKind.MINISTERIAL && t.start() > a.end() && t.start() - cv.end() < 40) {
                            target = t.ev();
                            break;
                        }
                    }
                }
            }
            if (target != null && target.convener == null) {
                target.convener = a.actor();
                target.evidence.put("convener", span(a.start(), a.end()));
            }
        }
    }

    private static Ev nearestMinisterialBefore(List<Trigger> triggers, int pos) {
        Ev best = null;
        for (Trigger t : triggers) {
            if (t.ev().kind == EventKind.MINISTERIAL && t.end() <= pos) {
                best = t.ev();
            }
        }
        return best;
    }

    private Ev ministerialOf(List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (t.ev().kind == EventKind.MINISTERIAL) {
                return t.ev();
            }
        }
        return lastMinisterial;
    }

    private static final Pattern REPRESENTED =
            cached("\\b(?:was|were|is)\\s+represented\\s+(?:at\\s+[^,.]{1,40}?\\s+)?by\\s+$");

    private void representatives(
            List<Mention> actors, List<Mention> countries, List<Trigger> triggers, int start, int end) {
        for (Mention a : actors) {
            if (!isPersonLike(a.actor()) || a.actor() instanceof Delegation) {
                continue;
            }
            String before = text.substring(start, a.start());
            String code = null;
            int cs = -1;
            Matcher r = REPRESENTED.matcher(before);
            if (r.find()) {
                Mention c = lastBefore(countries, start + r.start());
                if (c != null) {
                    code = ((Country) c.actor()).code();
                    cs = c.start();
                }
            }
            Matcher rep = cached("\\bRepresenting\\s+(\\w+)(?:\\s+at\\s+[^,.]{1,40}?)?\\s+(?:was|is)\\s+$")
                    .matcher(before);
            if (code == null && rep.find()) {
                code = Gazetteer.COUNTRIES.get(rep.group(1));
                cs = start + rep.start();
            }
            Matcher after =
                    cached("\\s+represented\\s+(\\w+)\\s+at\\b").matcher(text).region(a.end(), end);
            if (code == null && after.lookingAt()) {
                code = Gazetteer.COUNTRIES.get(after.group(1));
                cs = a.start();
            }
            if (code == null) {
                continue;
            }
            Ev ev = ministerialOf(triggers);
            if (ev != null && !ev.representatives.containsKey(code)) {
                ev.representatives.put(code, a.actor());
                int s = Math.min(cs, a.start());
                int e = Math.max(a.end(), after.lookingAt() ? after.end() : a.end());
                ev.evidence.put("representatives." + code, span(s, e));
                ev.evidence.putIfAbsent("representatives", span(s, e));
            }
        }
    }

    private static Mention lastBefore(List<Mention> ms, int pos) {
        Mention best = null;
        for (Mention m : ms) {
            if (m.end() <= pos) {
                best = m;
            }
        }
        return best;
    }

    private void attendees(List<Mention> countries, List<Trigger> triggers, int start, int end) {
        Matcher lead = cached("\\b(?:from|including|included|together with)\\b")
                .matcher(text)
                .region(start, end);
        if (!lead.find()) {
            return;
        }
        List<Mention> list = new ArrayList<>();
        for (Mention c : countries) {
            if (c.start() < lead.end()) {
                continue;
            }
            if (!list.isEmpty()) {
                String gap = text.substring(list.get(list.size() - 1).end(), c.start());
                if (!gap.matches("[\\s,]*(?:and\\s+)?(?:the\\s+)?")) {
                    if (list.size() >= 3) {
                        break;
                    }
                    list.clear();
                }
            }
            list.add(c);
        }
        if (list.size() < 3) {
            return;
        }
        Ev ev = ministerialOf(triggers);
        if (ev == null || ev.attendees.stream().anyMatch(a -> a instanceof Country)) {
            return;
        }
        for (Mention c : list) {
            if (!ev.attendees.contains(c.actor())) {
                ev.evidence.put("attendees[" + ev.attendees.size() + "]", span(c.start(), c.end()));
                ev.attendees.add(c.actor());
            }
        }
        ev.evidence.put(
                "attendees", span(list.get(0).start(), list.get(list.size() - 1).end()));
    }

    private static final Pattern DURING = cached("\\b(?:During|during)\\s+$");

    private void partOf(List<Trigger> triggers, int start) {
        Trigger visit = null;
        for (Trigger t : triggers) {
            if (t.ev().kind == EventKind.VISIT) {
                visit = t;
            } else if (visit != null
                    && t.ev().kind != EventKind.VISIT
                    && t.ev().partOf == null
                    && DURING.matcher(text).region(start, visit.start()).find()) {
                Matcher d = DURING.matcher(text).region(start, visit.start());
                d.find();
                t.ev().partOf = visit.ev();
                t.ev().evidence.put("partOf", span(d.start(), t.end()));
            } else if (t.ev().kind == EventKind.MINISTERIAL
                    && visit != null
                    && t.start() > visit.end()
                    && t.ev().partOf == null) {
                String between = text.substring(visit.end(), t.start());
                if (PART_OF_LINK.matcher(between).find()) {
                    t.ev().partOf = visit.ev();
                    t.ev().evidence.put("partOf", span(visit.start(), t.end()));
                }
            }
        }
    }

    private static final Pattern PARTICIPATES =
            cached("\\b(?:attend|attends|attending|participate in|participates in|participating in|take part in"
                    + "|taking part (?:in|within)|takes part in)\\s+(?:the\\s+)?(?:inaugural\\s+|high-level\\s+)*$");

    /** "X ... to attend the Y Ministerial": X (or the visitor of the visit Y is part of) attends Y. */
    private void participation(List<Mention> actors, List<Trigger> triggers, int start) {
        for (Trigger t : triggers) {
            if (t.ev().kind != EventKind.MINISTERIAL) {
                continue;
            }
            Matcher m = PARTICIPATES.matcher(text.substring(start, t.start()));
            if (!m.find()) {
                continue;
            }
            Mention who = null;
            for (Mention a : actors) {
                if (a.end() <= start + m.start() && isPersonLike(a.actor()) && !(a.actor() instanceof Delegation)) {
                    who = a;
                }
            }
            if (who == null) {
                continue;
            }
            Ev ev = t.ev();
            String id = identity(who.actor());
            boolean present = ev.attendees.stream().anyMatch(a -> identity(a).equals(id));
            if (!present) {
                ev.evidence.put("attendees[" + ev.attendees.size() + "]", span(who.start(), who.end()));
                ev.evidence.putIfAbsent("attendees", span(who.start(), who.end()));
                ev.attendees.add(who.actor());
            }
            String country = who.actor() instanceof Minister mi
                    ? mi.country().orElse(null)
                    : who.actor() instanceof Official o ? o.country().orElse(null) : null;
            if (country != null && !ev.representatives.containsKey(country)) {
                ev.representatives.put(country, who.actor());
                ev.evidence.put("representatives." + country, span(who.start(), who.end()));
                ev.evidence.putIfAbsent("representatives", span(who.start(), who.end()));
            }
        }
    }

    private static final Pattern PASSIVE_FUTURE =
            cached("\\b(?:will be held|is to be held|are to be held|will take place|is scheduled|are scheduled)\\b");
    private static final Pattern PASSIVE_PAST = cached("\\b(?:(?:was|were) (?:held|hosted|convened)|took place)\\b");

    private void statuses(List<Trigger> triggers, int start, int end) {
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            int ws = i > 0
                    ? Math.max(start, Math.min(t.start(), triggers.get(i - 1).end()))
                    : start;
            int we = Math.min(end, t.end() + 25);
            if (i + 1 < triggers.size()) {
                we = Math.min(we, Math.max(t.end(), triggers.get(i + 1).start()));
            }
            int clauseEnd = i + 1 < triggers.size()
                    ? Math.max(t.end(), triggers.get(i + 1).start())
                    : end;
            String window = text.substring(ws, we);
            String clause = text.substring(ws, clauseEnd);
            Status st = null;
            Matcher m;
            if ((m = CANCELLED.matcher(clause)).find()) {
                st = Status.CANCELLED;
                window = clause;
            } else if ((m = POSTPONED.matcher(clause)).find()) {
                st = Status.POSTPONED;
                window = clause;
            } else if ((m = FUTURE.matcher(window)).find()) {
                st = Status.SCHEDULED;
            } else if ((m = PAST.matcher(window)).find()) {
                st = Status.OCCURRED;
            }
            if (st == null && (m = PASSIVE_FUTURE.matcher(clause)).find()) {
                st = Status.SCHEDULED;
                window = clause;
            } else if (st == null && (m = PASSIVE_PAST.matcher(clause)).find()) {
                st = Status.OCCURRED;
                window = clause;
            }
            if (st == null) {
                continue;
            }
            Ev ev = t.ev();
            boolean overrides = st == Status.CANCELLED || st == Status.POSTPONED;
            if (ev.status == null || overrides && ev.status != st) {
                ev.status = st;
                ev.evidence.put("status", span(ws + m.start(), ws + m.end()));
            }
        }
    }

    private void locations(List<Trigger> triggers, int start, int end) {
        String sentence = text.substring(start, end);
        for (Map.Entry<String, String[]> pl : Gazetteer.PLACES.entrySet()) {
            if (!sentence.contains(pl.getKey())) {
                continue;
            }
            Matcher m = cached("\\b(?:at|in)\\s+(?:the\\s+)?(" + Pattern.quote(pl.getKey()) + ")\\b")
                    .matcher(text)
                    .region(start, end);
            if (m.find()) {
                Trigger best = null;
                for (Trigger t : triggers) {
                    if (t.end() <= m.start() && t.ev().kind != EventKind.VISIT) {
                        best = t;
                    }
                }
                if (best != null && best.ev().location == null) {
                    best.ev().location = Location.builder()
                            .place(pl.getKey())
                            .city(pl.getValue()[0])
                            .country(pl.getValue()[1])
                            .build();
                    best.ev().evidence.put("location", span(m.start(1), m.end(1)));
                }
            }
        }
        for (Map.Entry<String, String> c : Gazetteer.CITIES.entrySet()) {
            if (!sentence.contains(c.getKey())) {
                continue;
            }
            Matcher m = cached("\\bin\\s+(" + Pattern.quote(c.getKey()) + ")\\b")
                    .matcher(text)
                    .region(start, end);
            while (m.find()) {
                Trigger best = null;
                for (Trigger t : triggers) {
                    if (t.end() <= m.start() && t.ev().kind != EventKind.VISIT) {
                        best = t;
                    }
                }
                if (best == null) {
                    for (Trigger t : triggers) {
                        if (t.ev().kind != EventKind.VISIT) {
                            best = t;
                            break;
                        }
                    }
                }
                if (best != null && best.ev().location == null) {
                    best.ev().location = Location.of(c.getKey(), c.getValue());
                    best.ev().evidence.put("location", span(m.start(1), m.end(1)));
                }
            }
        }
    }

    // ------------------------------------------------------------------ records

    private Event build(Ev ev, Anchor published) {
        When when;
        if (ev.when == null) {
            when = When.unknown();
            warnings.add(ev.ref + ": no date expression found");
        } else {
            Tense tense = ev.status == null
                    ? Tense.NONE
                    : ev.status.isFuture() ? Tense.FUTURE : ev.status == Status.OCCURRED ? Tense.PAST : Tense.NONE;
            Resolution r = resolver.resolve(ev.when, published, tense);
            when = r.when().isUnknown() ? When.unknown(ev.when) : r.when().withText(ev.when);
        }
        double confidence = 0.4;
        confidence += ev.when != null ? (ev.whenRank >= 3 ? 0.2 : 0.1) : 0;
        confidence += ev.status != null ? 0.1 : 0;
        confidence += Math.min(0.2, 0.05 * ev.mentions);
        confidence += ev.evidence.size() >= 5 ? 0.05 : 0;
        confidence = Math.round(Math.min(0.95, confidence) * 100) / 100.0;
        List<Actor> parties = ev.kind == EventKind.AGREEMENT ? parties(ev) : List.of();
        Map<String, Span> evidence = new LinkedHashMap<>(ev.evidence);
        evidence.remove("kind");
        return switch (ev.kind) {
            case MEETING -> {
                Meeting.Builder b = common(Meeting.builder(), ev, when, evidence, confidence)
                        .addAllParticipants(ev.participants);
                if (ev.mode != MeetingMode.IN_PERSON) {
                    b.mode(ev.mode);
                }
                yield b.build();
            }
            case MINISTERIAL -> {
                Ministerial.Builder b = common(Ministerial.builder(), ev, when, evidence, confidence)
                        .addAllAttendees(ev.attendees)
                        .putAllRepresentatives(ev.representatives);
                Optional.ofNullable(ev.convener).ifPresent(b::convener);
                Optional.ofNullable(ev.edition).ifPresent(b::edition);
                yield b.build();
            }
            case VISIT -> {
                Visit.Builder b = common(Visit.builder(), ev, when, evidence, confidence);
                Optional.ofNullable(ev.visitor).ifPresent(b::visitor);
                Optional.ofNullable(ev.destination).ifPresent(b::destination);
                yield b.build();
            }
            case AGREEMENT -> {
                dev.entente.model.Agreement.Builder b = common(
                                dev.entente.model.Agreement.builder(), ev, when, evidence, confidence)
                        .addAllSignatories(ev.signatories)
                        .addAllParties(parties);
                Optional.ofNullable(ev.agreementType).ifPresent(b::agreementType);
                Optional.ofNullable(ev.termYears).ifPresent(b::termYears);
                yield b.build();
            }
        };
    }

    /** The countries of an agreement's signatories, in order: its parties. */
    private static List<Actor> parties(Ev ev) {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < ev.signatories.size(); i++) {
            Actor a = ev.signatories.get(i);
            Optional<String> c = a instanceof Minister m
                    ? m.country()
                    : a instanceof Official o
                            ? o.country()
                            : a instanceof Delegation d ? d.country() : Optional.empty();
            if (c.isPresent() && !out.contains(Country.of(c.get()))) {
                out.add(Country.of(c.get()));
                ev.evidence.put("parties[" + (out.size() - 1) + "]", ev.evidence.get("signatories[" + i + "]"));
                ev.evidence.putIfAbsent("parties", ev.evidence.get("signatories[" + i + "]"));
            }
        }
        return out;
    }

    /** Sets the fields every kind of record shares on {@code b} and returns it. */
    private static <B extends dev.entente.model.Event.Builder<B>> B common(
            B b, Ev ev, When when, Map<String, Span> evidence, double confidence) {
        return b.ref(ev.ref)
                .when(when)
                .status(Optional.ofNullable(ev.status))
                .title(Optional.ofNullable(ev.title))
                .location(Optional.ofNullable(ev.location))
                .partOf(Optional.ofNullable(ev.partOf).map(p -> p.ref))
                .putAllEvidence(evidence)
                .confidence(confidence);
    }
}
