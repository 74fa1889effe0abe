package org.kolmo.numeric;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/** Compiles one generated class in memory with Janino and creates an instance of it. */
final class JaninoLoader {
    private JaninoLoader() {
    }

    /**
     * @param className        the name of the public class {@code source} declares (in the default package)
     * @param base             a class or interface the generated class extends, which fixes the parent class loader
     * @param constructorTypes parameter types of the constructor to call
     * @param arguments        arguments of that constructor
     */
    static <T> T instantiate(String className, String source, Class<T> base, Class<?>[] constructorTypes,
            Object... arguments) {
        try {
            SimpleCompiler compiler = new SimpleCompiler();
            compiler.setParentClassLoader(base.getClassLoader());
            compiler.cook(source);
            Object instance = compiler.getClassLoader().loadClass(className).getConstructor(constructorTypes)
                    .newInstance(arguments);
            return base.cast(instance);
        } catch (CompileException | ReflectiveOperationException | RuntimeException e) {
            // generated code that does not compile is a bug of ours, not of the user's model
            throw new NumericException(NumericErrorCode.INTERNAL, e, e.getMessage());
        }
    }
}
