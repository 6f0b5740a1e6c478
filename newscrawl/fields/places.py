"""Place names that stand alone in bylines and datelines: "Andi Saputra, The Jakarta Post, Jakarta",
"Budi Santoso - Surabaya", "Kontributor Malang". A place is never a person (``fields.authors.is_person``).

Data only: Indonesia's provinces and their capitals, the cities and regencies that head most regional
datelines, and the foreign capitals wire copy is filed from. Compared squeezed (case, spaces and
punctuation ignored), as whole byline parts: a person called "Andi Medan" is still a person.
"""
from __future__ import annotations

from newscrawl.fields.outlet import squeeze

_INDONESIA = """
Aceh, Banda Aceh, Lhokseumawe, Langsa, Sabang, Meulaboh, Sumatera Utara, Sumut, Medan, Binjai, Pematangsiantar,
Sibolga, Tebing Tinggi, Padangsidimpuan, Nias, Sumatera Barat, Sumbar, Padang, Bukittinggi, Payakumbuh, Solok,
Pariaman, Riau, Pekanbaru, Dumai, Kepulauan Riau, Kepri, Batam, Tanjungpinang, Jambi, Sumatera Selatan, Sumsel,
Palembang, Lubuklinggau, Prabumulih, Bengkulu, Lampung, Bandar Lampung, Metro, Bangka Belitung, Pangkalpinang,
Belitung, Banten, Serang, Cilegon, Tangerang, Tangerang Selatan, Tangsel, Pandeglang, Lebak, DKI Jakarta, Jakarta,
Jakarta Pusat, Jakarta Utara, Jakarta Barat, Jakarta Selatan, Jakarta Timur, Jawa Barat, Jabar, Bandung,
Bandung Barat, Cimahi, Bogor, Depok, Bekasi, Karawang, Purwakarta, Subang, Sukabumi, Cianjur, Garut,
Tasikmalaya, Ciamis, Banjar, Cirebon, Indramayu, Majalengka, Kuningan, Sumedang, Jawa Tengah, Jateng, Semarang,
Solo, Surakarta, Magelang, Salatiga, Pekalongan, Tegal, Brebes, Purwokerto, Banyumas, Cilacap, Kebumen,
Purworejo, Wonosobo, Klaten, Boyolali, Sukoharjo, Wonogiri, Karanganyar, Sragen, Kudus, Jepara, Pati, Rembang,
Blora, Demak, Grobogan, Yogyakarta, Jogja, Jogjakarta, DIY, Sleman, Bantul, Gunungkidul, Kulon Progo, Jawa Timur,
Jatim, Surabaya, Sidoarjo, Gresik, Mojokerto, Jombang, Malang, Batu, Pasuruan, Probolinggo, Lumajang, Jember,
Bondowoso, Situbondo, Banyuwangi, Kediri, Blitar, Tulungagung, Trenggalek, Madiun, Magetan, Ngawi, Ponorogo,
Pacitan, Bojonegoro, Tuban, Lamongan, Nganjuk, Madura, Bangkalan, Sampang, Pamekasan, Sumenep, Bali, Denpasar,
Badung, Gianyar, Tabanan, Buleleng, Singaraja, Karangasem, Klungkung, Jembrana, Nusa Tenggara Barat, NTB,
Mataram, Lombok, Bima, Sumbawa, Nusa Tenggara Timur, NTT, Kupang, Flores, Ende, Maumere, Labuan Bajo,
Kalimantan, Kalimantan Barat, Kalbar, Pontianak, Singkawang, Kalimantan Tengah, Kalteng, Palangka Raya,
Palangkaraya, Kalimantan Selatan, Kalsel, Banjarmasin, Banjarbaru, Kalimantan Timur, Kaltim, Samarinda,
Balikpapan, Bontang, Kalimantan Utara, Kaltara, Tarakan, Tanjung Selor, Nunukan, Sulawesi, Sulawesi Utara, Sulut,
Manado, Bitung, Tomohon, Gorontalo, Sulawesi Tengah, Sulteng, Palu, Sulawesi Barat, Sulbar, Mamuju,
Sulawesi Selatan, Sulsel, Makassar, Parepare, Palopo, Bone, Gowa, Maros, Sulawesi Tenggara, Sultra, Kendari,
Baubau, Maluku, Ambon, Tual, Maluku Utara, Malut, Ternate, Tidore, Papua, Jayapura, Merauke, Timika, Mimika,
Nabire, Wamena, Papua Barat, Manokwari, Sorong, Papua Tengah, Papua Selatan, Papua Pegunungan, Papua Barat Daya,
Nusantara, IKN
"""
_ABROAD = """
Washington, New York, London, Paris, Berlin, Brussels, Brussel, Moskow, Moscow, Kyiv, Kiev, Beijing, Tokyo,
Seoul, Pyongyang, Singapura, Singapore, Kuala Lumpur, Bangkok, Manila, Hanoi, Canberra, Sydney, Jenewa, Geneva,
Den Haag, The Hague, Roma, Rome, Madrid, Ankara, Istanbul, Teheran, Tehran, Riyadh, Jeddah, Mekkah, Makkah,
Madinah, Doha, Dubai, Abu Dhabi, Kairo, Cairo, Yerusalem, Jerusalem, Gaza, Tel Aviv, New Delhi, Islamabad,
Taipei, Hong Kong, Ottawa, Brasilia
"""

PLACES: frozenset[str] = frozenset(
    squeeze(name) for block in (_INDONESIA, _ABROAD) for name in block.replace("\n", " ").split(",") if name.strip())


def is_place(text: str) -> bool:
    """Whether the whole text is a place name of ``PLACES``."""
    return squeeze(text) in PLACES
