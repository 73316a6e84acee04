package zwfw.kiosk.app.wiring;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import zwfw.kiosk.core.devicehealth.DeviceCounters;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceError;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.docprinter.DocumentJob;
import zwfw.kiosk.drivers.printer.PrintResult;

/**
 * One configured device as the rest of the kiosk holds it: a stable object (a JDK dynamic proxy
 * with every interface of the driver's class) whose driver can be replaced live when staff change
 * its settings. Listeners added through it move to the new driver, and device listeners hear of
 * this object, never of the driver behind it, so the service gate and the visit keep working
 * untouched. Calls wait while the driver is being replaced; prints are counted on the way.
 */
final class LiveDevice implements InvocationHandler {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Registration> registrations = new ArrayList<>();
    private final DeviceCounters counters;
    private volatile Device current;
    private Device proxy;

    /** A listener added through the proxy: how it was added, and the object the driver holds. */
    private record Registration(Method add, Object given, Object registered) {
    }

    private LiveDevice(Device first, DeviceCounters counters) {
        this.current = first;
        this.counters = counters;
    }

    /** {@code driver} behind a stable object; prints counted in {@code counters}. */
    static Device wrap(Device driver, DeviceCounters counters) {
        LiveDevice handler = new LiveDevice(driver, counters);
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = driver.getClass(); c != null; c = c.getSuperclass()) {
            collect(c, interfaces);
        }
        handler.proxy = (Device) Proxy.newProxyInstance(LiveDevice.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
        return handler.proxy;
    }

    private static void collect(Class<?> c, Set<Class<?>> into) {
        for (Class<?> i : c.getInterfaces()) {
            if (java.lang.reflect.Modifier.isPublic(i.getModifiers()) && into.add(i)) {
                collect(i, into);
            }
        }
    }

    static boolean isLive(Object o) {
        return o != null && Proxy.isProxyClass(o.getClass()) && Proxy.getInvocationHandler(o) instanceof LiveDevice;
    }

    static LiveDevice of(Device proxy) {
        return (LiveDevice) Proxy.getInvocationHandler(proxy);
    }

    /** The driver behind it now. */
    Device driver() {
        return current;
    }

    /**
     * Closes the driver behind it and puts {@code next} in its place, with every listener; opens
     * and enables {@code next}. Returns the driver that was replaced (closed).
     */
    Device replace(Device next) throws zwfw.kiosk.drivers.device.DeviceException {
        lock.writeLock().lock();
        try {
            Device old = current;
            old.close();
            for (Registration r : registrations) {
                try {
                    r.add().invoke(next, r.registered());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("listener not moved to the new driver of " + next.id(), e);
                }
            }
            current = next;
            next.open();
            next.enable();
            return old;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> self == args[0];
                case "hashCode" -> System.identityHashCode(self);
                default -> "live " + current;
            };
        }
        if (args != null && args.length == 1 && name.startsWith("add") && name.endsWith("Listener")) {
            return addListener(method, args[0]);
        }
        if (args != null && args.length == 1 && name.startsWith("remove") && name.endsWith("Listener")) {
            return removeListener(method, args[0]);
        }
        lock.readLock().lock();
        Object result;
        try {
            result = invoke(method, current, args);
        } finally {
            lock.readLock().unlock();
        }
        if (name.equals("print")) {
            counted(result);
        }
        return result;
    }

    private void counted(Object result) {
        String id = current.id();
        if (result instanceof PrintResult r) {
            counters.printed(id, r.isPrinted(), r.refusalReason().map(Object::toString).orElse("print failed"));
        } else if (result instanceof DocumentJob) {
            counters.printed(id, true, null);
        }
    }

    private Object addListener(Method add, Object given) throws Throwable {
        Object registered = given instanceof DeviceListener l ? asThis(l) : given;
        lock.writeLock().lock();
        try {
            registrations.add(new Registration(add, given, registered));
            return invoke(add, current, new Object[] {registered});
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Object removeListener(Method remove, Object given) throws Throwable {
        lock.writeLock().lock();
        try {
            for (int i = 0; i < registrations.size(); i++) {
                Registration r = registrations.get(i);
                if (r.given() == given) {
                    registrations.remove(i);
                    return invoke(remove, current, new Object[] {r.registered()});
                }
            }
            return invoke(remove, current, new Object[] {given});
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Device listeners hear of the stable object, so whoever keys by device (the service gate) sees one device throughout. */
    private DeviceListener asThis(DeviceListener l) {
        return new DeviceListener() {
            @Override
            public void statusChanged(Device device, DeviceStatus previous, DeviceStatus now) {
                if (device == current) {
                    l.statusChanged(proxy, previous, now);
                }
            }

            @Override
            public void errorOccurred(Device device, DeviceError error) {
                if (device == current) {
                    l.errorOccurred(proxy, error);
                }
            }
        };
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
