package dev.entente.reconcile;

import dev.entente.model.Actor;
import dev.entente.model.Delegation;
import dev.entente.model.Individual;
import dev.entente.model.Organization;
import java.util.ArrayList;
import java.util.List;

/** Names of actors, for lookups. */
final class TimelineActors {
    private TimelineActors() {}

    static List<String> names(Actor a) {
        List<String> out = new ArrayList<>();
        out.add(a.displayName());
        if (a instanceof Individual i) {
            out.addAll(i.aliases());
        }
        if (a instanceof Delegation d) {
            out.addAll(d.aliases());
        }
        if (a instanceof Organization o) {
            out.addAll(o.aliases());
            o.code().ifPresent(out::add);
        }
        if (a instanceof dev.entente.model.Country c) {
            out.add(c.code());
        }
        return out;
    }
}
