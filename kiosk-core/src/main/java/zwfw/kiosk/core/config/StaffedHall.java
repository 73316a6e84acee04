package zwfw.kiosk.core.config;

/** Where citizens can go when the kiosk is out of service: the nearest staffed hall. */
public record StaffedHall(String name, String hours, String address) {
}
