package dev.entente.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each value package's {@code package-info.java}.
 *
 * <p>Generated classes are package-private and hidden behind the abstract value type
 * ({@code overshadowImplementation}); builders are strict (each attribute set at most once) and
 * users reach them through {@code Type.builder()}. The retention is {@code SOURCE}: the style
 * leaves no trace in the compiled classes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        strictBuilder = true,
        jdkOnly = true,
        allParameters = false,
        defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ValueStyle {}
