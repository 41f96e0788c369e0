package dev.entente;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;

/** The package structure and the rules of the public API, checked on the compiled library. */
@AnalyzeClasses(packages = "dev.entente", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule model_dependsOnTimeAndNothingElseOfTheLibrary = noClasses()
            .that()
            .resideInAPackage("dev.entente.model..")
            .should()
            .dependOnClassesThat(resideInAPackage("dev.entente..")
                    .and(not(
                            resideInAnyPackage("dev.entente.model..", "dev.entente.time..", "dev.entente.internal.."))))
            .because("the model is the base every other package builds on (clarifications, issue A)");

    @ArchTest
    static final ArchRule time_dependsOnNoOtherPackageOfTheLibrary = noClasses()
            .that()
            .resideInAPackage("dev.entente.time..")
            .should()
            .dependOnClassesThat(resideInAPackage("dev.entente..").and(not(resideInAPackage("dev.entente.time.."))));

    @ArchTest
    static final ArchRule onlyTheCommandLine_writesToStandardStreams = noClasses()
            .that()
            .resideOutsideOfPackage("dev.entente.cli..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("a library must not write to the standard streams of the application using it");

    @ArchTest
    static final ArchRule text_isWrittenTheSameInEveryDefaultLocale = noClasses()
            .should()
            .callMethod(String.class, "format", String.class, Object[].class)
            .orShould()
            .callMethod(String.class, "formatted", Object[].class)
            .orShould()
            .callMethod(String.class, "toLowerCase")
            .orShould()
            .callMethod(String.class, "toUpperCase")
            .orShould()
            .callMethod(java.io.PrintWriter.class, "printf", String.class, Object[].class)
            .orShould()
            .callMethod(java.io.PrintWriter.class, "format", String.class, Object[].class)
            .because("the default locale changes digits (Persian, Arabic, Thai) and case (Turkish i): an ISO"
                    + " date, a journal's file names and JSON must not depend on it; pass Locale.ROOT (decision 0008)");

    @ArchTest
    static final ArchRule bytesAndText_areConvertedWithANamedCharset = noClasses()
            .should()
            .callMethod(String.class, "getBytes")
            .orShould()
            .callConstructor(String.class, byte[].class)
            .orShould()
            .callConstructor(java.io.InputStreamReader.class, java.io.InputStream.class)
            .orShould()
            .callConstructor(java.io.OutputStreamWriter.class, java.io.OutputStream.class)
            .orShould()
            .callConstructor(java.io.PrintWriter.class, java.io.OutputStream.class)
            .orShould()
            .callConstructor(java.io.PrintWriter.class, java.io.OutputStream.class, boolean.class)
            .orShould()
            .callConstructor(java.io.PrintStream.class, java.io.OutputStream.class)
            .because("the default charset is ASCII on JDK 17 in a POSIX locale; reports and timelines are"
                    + " UTF-8 (decision 0008)");

    @ArchTest
    static final ArchRule generatedImmutableClasses_areNotPublic = classes()
            .that()
            .haveSimpleNameStartingWith("Immutable")
            .and()
            .areTopLevelClasses()
            .should()
            .notBePublic()
            .because("users build values through Type.builder() and never see Immutable* (ValueStyle)");

    @ArchTest
    static final ArchRule noPublicMethod_exposesAGeneratedClass = methods()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat(not(topLevelImmutable()))
            .should(notMentionAGeneratedClassInTheSignature());

    @ArchTest
    static final ArchRule packages_areFreeOfCycles =
            slices().matching("dev.entente.(*)..").should().beFreeOfCycles();

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> topLevelImmutable() {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "generated Immutable* classes", c -> c.getSimpleName().startsWith("Immutable") && c.isTopLevelClass());
    }

    private static ArchCondition<JavaMethod> notMentionAGeneratedClassInTheSignature() {
        return new ArchCondition<>("not mention a generated Immutable* class in the signature") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!isReachable(method.getOwner())) {
                    return;
                }
                Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                        .filter(ArchitectureTest::isGenerated)
                        .forEach(type -> events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " mentions " + type.getName())));
            }
        };
    }

    /** A class whose public methods users can call: public, or inherited by a public subclass. */
    private static boolean isReachable(JavaClass owner) {
        return owner.getModifiers().contains(JavaModifier.PUBLIC)
                || owner.getSubclasses().stream().anyMatch(s -> s.getModifiers().contains(JavaModifier.PUBLIC));
    }

    private static boolean isGenerated(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.getPackageName().startsWith("dev.entente")
                && top.getSimpleName().startsWith("Immutable");
    }
}
