#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a command on a private D-Bus session whose Secret Service behaves like a desktop keyring
the first-start tests cannot get from gnome-keyring on demand: locked, or with its unlock prompt
dismissed, or absent altogether.

Usage: fake-secret-service.py MODE -- COMMAND [ARGS...]
  unlocked  the login collection is open (what the test environment's gnome-keyring gives)
  locked    the collection is locked; the unlock prompt is answered (the user typed the password)
  dismiss   the collection is locked; the unlock prompt is dismissed (the user pressed Cancel)
  absent    a session bus with nobody serving org.freedesktop.secrets (and no activation)
  no-bus    no session bus at all

It speaks the Secret Service API as libsecret uses it (sessions with the "plain" algorithm,
aliases, SearchItems / Unlock / GetSecrets / CreateItem / Delete, prompts), refuses what
gnome-keyring refuses (secrets of locked items, items created in a locked collection) and logs
every call to stderr. The command's exit status is this script's exit status.
"""
import os
import subprocess
import sys
import tempfile

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

BUS_NAME = "org.freedesktop.secrets"
ROOT = "/org/freedesktop/secrets"
SERVICE_IFACE = "org.freedesktop.Secret.Service"
COLLECTION_IFACE = "org.freedesktop.Secret.Collection"
ITEM_IFACE = "org.freedesktop.Secret.Item"
SESSION_IFACE = "org.freedesktop.Secret.Session"
PROMPT_IFACE = "org.freedesktop.Secret.Prompt"
PROPS_IFACE = "org.freedesktop.DBus.Properties"
MODES = ("unlocked", "locked", "dismiss", "absent", "no-bus")


def log(*parts):
    print("fake-secret-service:", *parts, file=sys.stderr, flush=True)


class IsLocked(dbus.DBusException):
    _dbus_error_name = "org.freedesktop.Secret.Error.IsLocked"


class NoSuchObject(dbus.DBusException):
    _dbus_error_name = "org.freedesktop.Secret.Error.NoSuchObject"


class NoSession(dbus.DBusException):
    _dbus_error_name = "org.freedesktop.Secret.Error.NoSession"


class NotSupported(dbus.DBusException):
    _dbus_error_name = "org.freedesktop.DBus.Error.NotSupported"


class UnknownProperty(dbus.DBusException):
    _dbus_error_name = "org.freedesktop.DBus.Error.UnknownProperty"


class PropertiesObject(dbus.service.Object):
    """An exported object whose properties GDBusProxy can load."""

    interface = ""

    def properties(self):
        return {}

    @dbus.service.method(PROPS_IFACE, in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        props = self.properties()
        if interface not in ("", self.interface) or name not in props:
            raise UnknownProperty(f"{interface}.{name}")
        return props[name]

    @dbus.service.method(PROPS_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return self.properties() if interface in ("", self.interface) else {}

    @dbus.service.method(PROPS_IFACE, in_signature="ssv")
    def Set(self, interface, name, value):
        log("Set", interface, name)  # labels only; nothing the tests rely on


class Item(PropertiesObject):
    interface = ITEM_IFACE

    def __init__(self, keyring, path, attributes, label, secret):
        super().__init__(keyring.bus, path)
        self.keyring = keyring
        self.path = path
        self.attributes = dict(attributes)
        self.label = label
        self.secret = bytes(secret)

    def properties(self):
        return {
            "Locked": dbus.Boolean(self.keyring.locked),
            "Attributes": dbus.Dictionary(self.attributes, signature="ss"),
            "Label": dbus.String(self.label),
            "Created": dbus.UInt64(0),
            "Modified": dbus.UInt64(0),
        }

    @dbus.service.method(ITEM_IFACE, out_signature="o")
    def Delete(self):
        log("Item.Delete", self.path)
        if self.keyring.locked:
            raise IsLocked("the collection is locked")
        self.keyring.delete(self)
        return dbus.ObjectPath("/")

    @dbus.service.method(ITEM_IFACE, in_signature="o", out_signature="(oayays)")
    def GetSecret(self, session):
        log("Item.GetSecret", self.path)
        return self.keyring.secret_struct(self, session)


class Collection(PropertiesObject):
    interface = COLLECTION_IFACE
    SUPPORTS_MULTIPLE_OBJECT_PATHS = True

    def __init__(self, keyring):
        super().__init__()
        self.keyring = keyring
        self.add_to_connection(keyring.bus, ROOT + "/collection/login")
        self.add_to_connection(keyring.bus, ROOT + "/aliases/default")

    def properties(self):
        return {
            "Items": dbus.Array([i.path for i in self.keyring.items], signature="o"),
            "Label": dbus.String("Login"),
            "Locked": dbus.Boolean(self.keyring.locked),
            "Created": dbus.UInt64(0),
            "Modified": dbus.UInt64(0),
        }

    @dbus.service.method(COLLECTION_IFACE, in_signature="a{sv}(oayays)b", out_signature="oo")
    def CreateItem(self, properties, secret, replace):
        log("Collection.CreateItem", "replace" if replace else "")
        if self.keyring.locked:
            raise IsLocked("the collection is locked")
        self.keyring.check_session(secret[0])
        attributes = dict(properties.get(ITEM_IFACE + ".Attributes", {}))
        label = str(properties.get(ITEM_IFACE + ".Label", ""))
        item = self.keyring.create(attributes, label, bytes(secret[2]), replace)
        return (dbus.ObjectPath(item.path), dbus.ObjectPath("/"))

    @dbus.service.method(COLLECTION_IFACE, in_signature="a{ss}", out_signature="ao")
    def SearchItems(self, attributes):
        return dbus.Array([i.path for i in self.keyring.search(attributes)], signature="o")

    @dbus.service.method(COLLECTION_IFACE, out_signature="o")
    def Delete(self):
        raise NotSupported("the login collection stays")


class Prompt(dbus.service.Object):
    def __init__(self, keyring, path, unlock_paths):
        super().__init__(keyring.bus, path)
        self.keyring = keyring
        self.path = path
        self.unlock_paths = unlock_paths

    @dbus.service.method(PROMPT_IFACE, in_signature="s")
    def Prompt(self, window_id):
        log("Prompt.Prompt", self.path, "window", repr(window_id), "->", self.keyring.mode)
        self.keyring.prompts_shown += 1
        GLib.timeout_add(100, self.answer)

    @dbus.service.method(PROMPT_IFACE)
    def Dismiss(self):
        log("Prompt.Dismiss", self.path)
        self.Completed(True, dbus.Array([], signature="o", variant_level=1))

    def answer(self):
        if self.keyring.mode == "dismiss":
            # A dismissed unlock still answers with the result's type (libsecret checks it).
            self.Completed(True, dbus.Array([], signature="o", variant_level=1))
        else:
            self.keyring.locked = False
            self.Completed(False, dbus.Array(self.unlock_paths, signature="o", variant_level=1))
        self.remove_from_connection()
        return False

    @dbus.service.signal(PROMPT_IFACE, signature="bv")
    def Completed(self, dismissed, result):
        log("Prompt.Completed", "dismissed" if dismissed else "unlocked")


class Keyring(PropertiesObject):
    """The org.freedesktop.Secret.Service object and the state behind it."""

    interface = SERVICE_IFACE

    def __init__(self, bus, mode):
        super().__init__(bus, ROOT)
        self.bus = bus
        self.mode = mode
        self.locked = mode in ("locked", "dismiss")
        self.items = []
        self.sessions = set()
        self.counter = 0
        self.prompts_shown = 0
        self.collection = Collection(self)

    def next_path(self, kind):
        self.counter += 1
        return f"{ROOT}/{kind}/{self.counter}"

    def properties(self):
        return {"Collections": dbus.Array([ROOT + "/collection/login"], signature="o")}

    # -- state helpers
    def check_session(self, session):
        if str(session) not in self.sessions:
            raise NoSession(f"no such session {session}")

    def search(self, attributes):
        wanted = dict(attributes)
        return [i for i in self.items if all(i.attributes.get(k) == v for k, v in wanted.items())]

    def create(self, attributes, label, secret, replace):
        if replace:
            for existing in self.search(attributes):
                if existing.attributes == attributes:
                    existing.secret = secret
                    existing.label = label
                    return existing
        item = Item(self, self.next_path("collection/login/item"), attributes, label, secret)
        self.items.append(item)
        return item

    def delete(self, item):
        self.items.remove(item)
        item.remove_from_connection()

    def secret_struct(self, item, session):
        self.check_session(session)
        if self.locked:
            raise IsLocked("the item is locked")
        return (dbus.ObjectPath(session), dbus.ByteArray(b""), dbus.ByteArray(item.secret),
                dbus.String("application/octet-stream"))

    # -- the Service interface
    @dbus.service.method(SERVICE_IFACE, in_signature="sv", out_signature="vo")
    def OpenSession(self, algorithm, _input):
        log("Service.OpenSession", algorithm)
        if algorithm != "plain":
            raise NotSupported(f"algorithm {algorithm} is not supported")
        path = self.next_path("session")
        self.sessions.add(path)
        return (dbus.String("", variant_level=1), dbus.ObjectPath(path))

    @dbus.service.method(SERVICE_IFACE, in_signature="a{ss}", out_signature="aoao")
    def SearchItems(self, attributes):
        found = [i.path for i in self.search(attributes)]
        log("Service.SearchItems", len(found), "found", "(locked)" if self.locked else "")
        empty = dbus.Array([], signature="o")
        found = dbus.Array(found, signature="o")
        return (empty, found) if self.locked else (found, empty)

    @dbus.service.method(SERVICE_IFACE, in_signature="ao", out_signature="aoo")
    def Unlock(self, objects):
        log("Service.Unlock", [str(o) for o in objects])
        if not self.locked:
            return (dbus.Array(objects, signature="o"), dbus.ObjectPath("/"))
        prompt = Prompt(self, self.next_path("prompt"), list(objects))
        return (dbus.Array([], signature="o"), dbus.ObjectPath(prompt.path))

    @dbus.service.method(SERVICE_IFACE, in_signature="ao", out_signature="aoo")
    def Lock(self, objects):
        log("Service.Lock")
        self.locked = True
        return (dbus.Array(objects, signature="o"), dbus.ObjectPath("/"))

    @dbus.service.method(SERVICE_IFACE, in_signature="aoo", out_signature="a{o(oayays)}")
    def GetSecrets(self, items, session):
        log("Service.GetSecrets", len(items), "(locked)" if self.locked else "")
        self.check_session(session)
        result = dbus.Dictionary({}, signature="o(oayays)")
        if self.locked:
            return result  # like gnome-keyring: locked items are left out
        for item in self.items:
            if item.path in [str(p) for p in items]:
                result[dbus.ObjectPath(item.path)] = self.secret_struct(item, session)
        return result

    @dbus.service.method(SERVICE_IFACE, in_signature="s", out_signature="o")
    def ReadAlias(self, name):
        log("Service.ReadAlias", name)
        return dbus.ObjectPath(ROOT + "/collection/login" if name in ("default", "login") else "/")

    @dbus.service.method(SERVICE_IFACE, in_signature="so")
    def SetAlias(self, name, collection):
        log("Service.SetAlias", name, collection)

    @dbus.service.method(SERVICE_IFACE, in_signature="a{sv}s", out_signature="oo")
    def CreateCollection(self, _properties, alias):
        log("Service.CreateCollection", alias)
        return (dbus.ObjectPath(ROOT + "/collection/login"), dbus.ObjectPath("/"))


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def main(argv):
    if len(argv) < 4 or argv[1] not in MODES or argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    mode, command = argv[1], argv[3:]
    env = dict(os.environ, PETINFO_FAKE_SECRETS_MODE=mode)
    if mode == "no-bus":
        env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/petinfo-no-bus"
        return subprocess.call(command, env=env)

    with tempfile.TemporaryDirectory(prefix="petinfo-bus-") as tmp:
        config = os.path.join(tmp, "session.conf")
        with open(config, "w", encoding="utf-8") as f:
            f.write(BUS_CONFIG.format(dir=tmp))
        daemon = subprocess.Popen(["dbus-daemon", "--config-file", config, "--nofork", "--print-address"],
                                  stdout=subprocess.PIPE, text=True)
        try:
            address = daemon.stdout.readline().strip()
            if not address:
                log("dbus-daemon did not start")
                return 2
            env["DBUS_SESSION_BUS_ADDRESS"] = address
            dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
            bus = dbus.bus.BusConnection(address)
            keyring = None
            if mode != "absent":
                keyring = Keyring(bus, mode)
                bus.request_name(BUS_NAME)
            loop = GLib.MainLoop()
            status = {}

            def child_exited(_pid, wait_status):
                status["code"] = os.waitstatus_to_exitcode(wait_status)
                loop.quit()

            child = subprocess.Popen(command, env=env)
            GLib.child_watch_add(GLib.PRIORITY_DEFAULT, child.pid, child_exited)
            loop.run()
            code = status.get("code", 1)
            if keyring is not None:
                log(f"mode {mode}: {keyring.prompts_shown} prompt(s), {len(keyring.items)} item(s) at the end")
            if code < 0:
                log(f"the command died of signal {-code}")
                return 128 - code
            return code
        finally:
            daemon.terminate()
            daemon.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
