"""A photo story's text (h248 probe L3b, reconstructed from realpages liputan6/article-news-4541831-2021-04.html's
slider: a flood-tide story told in five captions), shared by the cleaning tables and the generic crawls that check
its captions keep their words without their credits."""

ROB_LEAD = "Banjir rob kembali merendam permukiman warga di kawasan Muara Angke, Penjaringan, Jakarta Utara."
ROB_CAPTIONS = [
    "Warga melintasi genangan banjir rob di permukiman kawasan Muara Angke, Penjaringan, Jakarta Utara, Senin "
    "(3/5/2021). Banjir rob setinggi 30 hingga 50 sentimeter merendam permukiman sejak Minggu malam.",
    "Seorang anak bermain di tengah genangan banjir rob di depan rumahnya di Muara Angke. Banjir rob terjadi akibat "
    "pasang maksimum air laut yang bersamaan dengan fase bulan purnama.",
    "Pedagang ikan memindahkan dagangannya ke tempat yang lebih tinggi saat banjir rob melanda Pasar Ikan Muara Angke. "
    "Aktivitas jual beli di pasar tetap berjalan meski sebagian lapak terendam.",
    "Petugas Suku Dinas Sumber Daya Air Jakarta Utara mengoperasikan pompa untuk menyedot genangan banjir rob. "
    "Sebanyak enam pompa mobile dikerahkan ke lokasi.",
    "Warga duduk di teras rumah yang terendam banjir rob di Muara Angke. BMKG memperkirakan banjir rob masih "
    "berpotensi terjadi di pesisir utara Jakarta hingga 6 Mei 2021.",
]
# the same captions cut short (a gallery's short captions, closed by a wire's photo desk or a labelled credit)
ROB_SHORT = ["Warga melintasi genangan banjir rob di Muara Angke.", "Seorang anak bermain di tengah genangan banjir rob.",
             "Pedagang ikan memindahkan dagangannya ke tempat kering.", "Petugas mengoperasikan pompa penyedot air.",
             "Warga duduk di teras rumah yang terendam banjir."]
