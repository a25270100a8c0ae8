package io.paasatlas.catalog;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Builds records through their canonical constructor adapted once per type. Jackson 3.1 calls a creator with
 * {@code MethodHandle.invokeWithArguments}, which adapts the handle to the argument array at every call: a twentieth
 * of reading a thousand profiles. Values, errors and messages are Jackson's own; only the call is cheaper.
 */
final class RecordCreators extends SimpleModule {

	RecordCreators() {
		super("record-creators");
	}

	@Override
	public void setupModule(SetupContext context) {
		super.setupModule(context);
		context.addValueInstantiators(new ValueInstantiators.Base() {
			@Override
			public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
					BeanDescription.Supplier beanDescRef, ValueInstantiator instantiator) {
				return adapt(instantiator);
			}
		});
	}

	/** Jackson's own instantiator of a record, or one that calls the same constructor through a spreader. */
	static ValueInstantiator adapt(ValueInstantiator instantiator) {
		if (instantiator.getClass() != StdValueInstantiator.class || !instantiator.canCreateFromObjectWith()
				|| !(instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator)
				|| !creator.getDeclaringClass().isRecord()) {
			return instantiator;
		}
		Constructor<?> constructor = creator.getAnnotated();
		try {
			constructor.setAccessible(true);
			MethodHandle handle = MethodHandles.lookup()
				.unreflectConstructor(constructor)
				.asSpreader(Object[].class, constructor.getParameterCount())
				.asType(MethodType.methodType(Object.class, Object[].class));
			return new Spreading((StdValueInstantiator) instantiator, handle);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// not accessible here (another module): Jackson's own way still works
			return instantiator;
		}
	}

	private static final class Spreading extends StdValueInstantiator {

		private final MethodHandle constructor;

		Spreading(StdValueInstantiator instantiator, MethodHandle constructor) {
			super(instantiator);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] args) {
			try {
				return (Object) this.constructor.invokeExact(args);
			}
			catch (Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				// as Jackson does: a constructor's IllegalArgumentException becomes the field's error
				throw rewrapCtorProblem(context, ex);
			}
		}

	}

}
