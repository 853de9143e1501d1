package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.runtime.ObjectMethods;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jixiao.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records whose equals and hashCode are written out (to spare a cold run the method-handle set-up of the
 * record's own) against the record's own definition, as the JDK builds it for that class: for every pair of
 * instances made from a few values of each component (null, a value, an equal copy of it, another value), both give
 * the same answer, and the hash codes are the same numbers, so that hash-ordered iteration is unchanged too.
 */
class RecordEqualityTest {

    /** Values for each component type: the second is an equal copy of the first, not the same object. */
    private static final Map<Class<?>, List<Object>> VALUES = Map.of(
            Double.class, Arrays.asList(null, 1.5, Double.valueOf(1.5), 0.0, -0.0, Double.NaN),
            String.class, Arrays.asList(null, "甲", new String("甲"), "乙"),
            Integer.class, Arrays.asList(null, 1000, Integer.valueOf(1000), 2),
            int.class, List.of(0, 1, -1, Integer.MAX_VALUE),
            boolean.class, List.of(false, true),
            BigDecimal.class, Arrays.asList(null, new BigDecimal("1.0"), new BigDecimal("1.0"), new BigDecimal("1.00")),
            List.class, Arrays.asList(null, List.of("数量"), new ArrayList<>(List.of("数量")), List.of("质量")),
            Source.class, Arrays.asList(null, new Source(3, null, "引文", null), new Source(3, null, "引文", null),
                    new Source(3, "表1 第2行 第3列", "引文", "注")));

    // Every record that writes out equals and hashCode belongs here. (A search cannot tell them: a record's implicit
    // equals is a declared method too.)
    @ParameterizedTest
    @ValueSource(strings = {"jixiao.model.Measure", "jixiao.model.Source", "jixiao.model.OutputKind",
            "jixiao.extract.Spans$Span", "jixiao.extract.Quantities$Quantity"})
    void equalsAndHashCodeAreTheRecordsOwn(String className) throws Throwable {
        Class<?> type = Class.forName(className);
        RecordComponent[] components = type.getRecordComponents();
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        MethodHandle[] getters = new MethodHandle[components.length];
        for (int i = 0; i < components.length; i++) {
            getters[i] = lookup.unreflect(components[i].getAccessor());
        }
        String names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(";"));
        MethodHandle ownEquals = ((CallSite) ObjectMethods.bootstrap(lookup, "equals",
                MethodType.methodType(boolean.class, type, Object.class), type, names, getters)).getTarget();
        MethodHandle ownHashCode = ((CallSite) ObjectMethods.bootstrap(lookup, "hashCode",
                MethodType.methodType(int.class, type), type, names, getters)).getTarget();

        List<Object> instances = instances(type, components);
        assertThat(instances).hasSizeGreaterThan(8);
        for (Object a : instances) {
            assertThat(a.hashCode()).as("hashCode of %s", a).isEqualTo((int) ownHashCode.invoke(a));
            assertThat(a.equals(null)).isFalse();
            assertThat(a.equals("not a record")).isFalse();
            for (Object b : instances) {
                assertThat(a.equals(b)).as("%s equals %s", a, b).isEqualTo((boolean) ownEquals.invoke(a, b));
            }
        }
    }

    /** Every combination of the component values, through the canonical constructor. */
    private static List<Object> instances(Class<?> type, RecordComponent[] components) throws Exception {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        List<Object[]> argumentLists = new ArrayList<>();
        argumentLists.add(new Object[0]);
        for (Class<?> t : types) {
            List<Object> values = VALUES.get(t);
            assertThat(values).as("values for a component of type %s", t).isNotNull();
            List<Object[]> longer = new ArrayList<>();
            for (Object[] args : argumentLists) {
                for (Object v : values) {
                    Object[] next = Arrays.copyOf(args, args.length + 1);
                    next[args.length] = v;
                    longer.add(next);
                }
            }
            argumentLists = longer;
        }
        List<Object> instances = new ArrayList<>();
        for (Object[] args : argumentLists) {
            instances.add(constructor.newInstance(args));
        }
        return instances;
    }
}
