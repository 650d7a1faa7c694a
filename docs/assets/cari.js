/*
 * Pencarian situs dengan Pagefind, di kotak pencarian kepala halaman (overrides/partials/cari.html).
 *
 * Indeks Pagefind dibuat saat build dan disajikan dari situs ini sendiri (folder pagefind/), dipecah
 * per kata dan per halaman: pengunjung hanya mengunduh potongan yang cocok dengan kata yang diketik.
 * Tampilan halaman tidak mengunduh apa pun dari indeks: pagefind.js dan WebAssembly-nya baru dimuat
 * ketika pengunjung mulai mengetik.
 *
 * Situs besar (portal nasional) punya satu indeks per satker dan satu indeks portal (lakip.site.cari):
 * di halaman satker, pilihan "Cari di" menentukan indeks mana yang dicari; yang lain tidak diunduh.
 *
 * Papan ketik: / (atau s, f) membuka pencarian, panah bawah/atas berpindah antarhasil, Enter membuka
 * hasil, Esc menutup dan mengembalikan fokus.
 */
(function () {
  "use strict";

  var KOTAK = document.querySelector("[data-lakip-cari]");
  var TOGEL = document.getElementById("__search");
  if (!KOTAK || !TOGEL) {
    return;
  }
  var masukan = KOTAK.querySelector("[data-lakip-cari-masukan]");
  var status = KOTAK.querySelector("[data-lakip-cari-status]");
  var daftar = KOTAK.querySelector("[data-lakip-cari-hasil]");
  var akar = new URL(KOTAK.getAttribute("data-lakip-akar") || "./", document.baseURI);
  var PER_HALAMAN = 10;
  var lingkup = KOTAK.querySelector("[data-lakip-cari-lingkup]");
  var mesin = {};  // one Pagefind instance per index folder ("" is the portal's)
  var hasil = [];
  var tampil = 0;
  var nomor = 0;
  var fokusSebelum = null;

  function pilihan() {
    var r = lingkup && lingkup.querySelector("input:checked");
    return r ? { folder: r.value, nama: r.getAttribute("data-nama") } : { folder: "", nama: "" };
  }

  function muatMesin(folder) {
    if (!mesin[folder]) {
      var dasar = new URL(folder, akar);
      mesin[folder] = import(new URL("pagefind/pagefind.js", akar).href).then(function (pf) {
        var m = pf.createInstance({ basePath: new URL("pagefind/", dasar).pathname, baseUrl: dasar.pathname });
        return m.options({ excerptLength: 24 }).then(function () {
          return m;
        });
      });
    }
    return mesin[folder];
  }

  // Pagefind's excerpt is HTML with <mark> around the matched words; keep only text and <mark>
  function isiKutipan(el, html) {
    var tpl = document.createElement("template");
    tpl.innerHTML = html;
    tpl.content.childNodes.forEach(function (n) {
      if (n.nodeType === 3) {
        el.appendChild(document.createTextNode(n.textContent));
      } else if (n.nodeType === 1) {
        var m = document.createElement(n.tagName === "MARK" ? "mark" : "span");
        m.textContent = n.textContent;
        el.appendChild(m);
      }
    });
  }

  function butir(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = data.url;
    var art = document.createElement("article");
    art.className = "md-search-result__article md-typeset";
    var h = document.createElement("h1");
    h.textContent = (data.meta && data.meta.title) || data.url;
    var p = document.createElement("p");
    isiKutipan(p, data.excerpt || "");
    art.appendChild(h);
    art.appendChild(p);
    a.appendChild(art);
    li.appendChild(a);
    return li;
  }

  function tombolLagi() {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var b = document.createElement("button");
    b.type = "button";
    b.className = "md-search-result__more lakip-cari-lagi";
    b.textContent = "Tampilkan " + Math.min(PER_HALAMAN, hasil.length - tampil) + " hasil berikutnya";
    b.addEventListener("click", function () {
      li.remove();
      tambah(nomor, true);
    });
    li.appendChild(b);
    return li;
  }

  function tambah(n, fokuskan) {
    var potong = hasil.slice(tampil, tampil + PER_HALAMAN);
    tampil += potong.length;
    return Promise.all(potong.map(function (r) { return r.data(); })).then(function (data) {
      if (n !== nomor) {
        return;
      }
      var pertama = null;
      data.forEach(function (d) {
        var li = butir(d);
        pertama = pertama || li;
        daftar.appendChild(li);
      });
      if (tampil < hasil.length) {
        daftar.appendChild(tombolLagi());
      }
      if (fokuskan && pertama) {
        pertama.querySelector("a").focus();
      }
    });
  }

  function cari() {
    var q = masukan.value.trim();
    var n = ++nomor;
    if (!q) {
      daftar.textContent = "";
      status.textContent = "Ketik untuk mencari.";
      return;
    }
    status.textContent = "Mencari…";
    var di = pilihan();
    var tempat = di.folder ? " di " + di.nama : "";
    // the portal's index holds each satker's profile, not its reports: say where those are searched
    var saran = !di.folder && KOTAK.hasAttribute("data-lakip-cari-pecah")
      ? " Laporan dan data satu satker dicari dari halaman satker itu." : "";
    muatMesin(di.folder).then(function (pf) {
      return pf.debouncedSearch(q, {}, 200);
    }).then(function (s) {
      if (s === null || n !== nomor) {
        return;  // a newer query replaced this one
      }
      hasil = s.results;
      tampil = 0;
      daftar.textContent = "";
      status.textContent = (hasil.length === 0 ? "Tidak ada hasil untuk \u201c" + q + "\u201d" + tempat + "."
        : hasil.length + " halaman" + tempat + " cocok dengan \u201c" + q + "\u201d.") + saran;
      return tambah(n, false);
    }).catch(function () {
      status.textContent = "Pencarian tidak dapat dimuat. Buka situs ini lewat server web, bukan sebagai berkas.";
    });
  }

  function buka() {
    if (!TOGEL.checked) {
      fokusSebelum = document.activeElement;
      TOGEL.checked = true;
      TOGEL.dispatchEvent(new Event("change"));
    }
    masukan.focus();
  }

  function tutup() {
    TOGEL.checked = false;
    TOGEL.dispatchEvent(new Event("change"));
    masukan.blur();
    if (fokusSebelum && fokusSebelum.focus && fokusSebelum !== masukan) {
      fokusSebelum.focus();
    }
    fokusSebelum = null;
  }

  function tautanHasil() {
    return Array.prototype.slice.call(daftar.querySelectorAll("a, button"));
  }

  masukan.addEventListener("focus", function () {
    if (!TOGEL.checked) {
      fokusSebelum = fokusSebelum || document.activeElement;
      TOGEL.checked = true;
      TOGEL.dispatchEvent(new Event("change"));
    }
  });
  masukan.addEventListener("input", cari);
  if (lingkup) {
    lingkup.addEventListener("change", cari);
  }
  KOTAK.querySelector("form").addEventListener("submit", function (e) {
    e.preventDefault();
    var a = daftar.querySelector("a");
    if (a) {
      a.click();
    }
  });
  KOTAK.querySelector("form").addEventListener("reset", function () {
    setTimeout(function () {
      cari();
      masukan.focus();
    }, 0);
  });
  TOGEL.addEventListener("change", function () {
    if (TOGEL.checked) {
      masukan.focus();
    }
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    var el = document.activeElement;
    var dalam = KOTAK.contains(el);
    if (e.key === "Escape" && TOGEL.checked) {
      e.preventDefault();
      tutup();
      return;
    }
    if (dalam && el.type !== "radio" && (e.key === "ArrowDown" || e.key === "ArrowUp")) {  // radios: their own arrows
      var t = tautanHasil();
      var i = t.indexOf(el);
      e.preventDefault();
      if (e.key === "ArrowDown" && i < t.length - 1) {
        t[i + 1].focus();
      } else if (e.key === "ArrowUp") {
        (i > 0 ? t[i - 1] : masukan).focus();
      }
      return;
    }
    var ketik = el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
    if (!ketik && (e.key === "/" || e.key === "s" || e.key === "f")) {
      e.preventDefault();
      buka();
    }
  });
})();
