"""Ray tracer: renders a small scene (spheres on a checkered plane, two point lights,
Lambert and Phong shading, shadows, mirror reflections up to depth 3) into an in-memory
pixel grid and prints checksums of the 8-bit colour values. No image is written.

Measures: operator overloading through dunder methods (__add__, __sub__, __mul__),
many short-lived small objects, method calls, float arithmetic, virtual dispatch over
a list of scene objects.

Size argument: image width in pixels; the height is 3/4 of it (work grows with its square).
"""
# bench-size: default=300 growth=pow:2
import sys

DEFAULT_WIDTH = 300
EXPECTED = (1363979855, 24810044)
EPSILON = 1e-6
MAX_DEPTH = 3


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5

    def unit(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def times(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)
WHITE = Vec(1.0, 1.0, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def color_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return self.color
        return WHITE * 0.9


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal(self, point):
        return (point - self.center).unit()


class Plane:
    def __init__(self, point, normal_vec, material):
        self.point = point
        self.n = normal_vec.unit()
        self.material = material

    def intersect(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        if t > EPSILON:
            return t
        return None

    def normal(self, point):
        return self.n


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                  Checker(Vec(0.2, 0.2, 0.25), 0.9, 0.1, 10.0, 0.2)),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.8, 0.5, 40.0, 0.3)),
            Sphere(Vec(-2.2, -0.3, 6.0), 0.7, Material(Vec(0.2, 0.8, 0.3), 0.9, 0.3, 20.0, 0.1)),
            Sphere(Vec(2.0, 0.5, 7.0), 1.5, Material(Vec(0.3, 0.4, 0.9), 0.6, 0.8, 80.0, 0.5)),
            Sphere(Vec(0.8, -0.7, 3.5), 0.3, Material(Vec(0.95, 0.9, 0.2), 0.9, 0.2, 10.0, 0.0)),
        ]
        self.lights = [
            Light(Vec(-5.0, 6.0, 0.0), Vec(0.8, 0.8, 0.8)),
            Light(Vec(4.0, 3.0, 1.0), Vec(0.4, 0.35, 0.3)),
        ]
        self.ambient = Vec(0.08, 0.08, 0.1)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        dist = to_light.length()
        ray = Ray(point, to_light * (1.0 / dist))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # Sky: a vertical gradient.
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9) * k + WHITE * (0.3 * (1.0 - k))
        point = ray.at(t)
        normal = obj.normal(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = obj.material
        base = mat.color_at(point)
        color = base.times(self.ambient)
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light.position - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.times(light.color) * (lambert * mat.diffuse)
                half = (to_light - ray.direction).unit()
                spec = normal.dot(half)
                if spec > 0.0:
                    color = color + light.color * (mat.specular * spec ** mat.shininess)
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            bounce = self.trace(Ray(point, reflected), depth + 1)
            color = color * (1.0 - mat.reflect) + bounce * mat.reflect
        return color


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0 + 0.5)


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 0.5, -1.0)
    aspect = width / height
    rows = []
    for j in range(height):
        row = []
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * aspect
            direction = Vec(x, y - 0.3, 1.5).unit()
            c = scene.trace(Ray(eye, direction), 0)
            row.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
        rows.append(row)
    return rows


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_WIDTH
    height = width * 3 // 4
    rows = render(width, height)
    checksum = 0
    brightness = 0
    for row in rows:
        for r, g, b in row:
            checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 2147483647
            brightness += r + g + b
    print(f"{width}x{height} checksum={checksum} brightness={brightness}")
    if width == DEFAULT_WIDTH and (checksum, brightness) != EXPECTED:
        sys.exit(f"raytrace: expected {EXPECTED}, got {(checksum, brightness)}")


main()
