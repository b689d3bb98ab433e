//! What makes a document an official one (Decree 30/2020/NĐ-CP): who issues
//! it and under which number, where and when, to whom it goes and who signs.
//! Only the Word backend shows it; a value left out is printed as room to
//! fill in by hand.

use chrono::NaiveDate;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Letterhead {
    /// The body above the issuer ("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA").
    pub parent: Option<String>,
    /// The issuing body ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ").
    pub issuer: Option<String>,
    /// The number and code, without "Số:" ("125/BC-SKHĐT").
    pub number: Option<String>,
    /// The place name of the date line ("Khánh Hòa").
    pub place: Option<String>,
    pub dated: Option<NaiveDate>,
    /// One line each under "Nơi nhận:"; the archive line is added after them.
    pub recipients: Vec<String>,
    /// The signer's authority and position ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").
    pub signer_title: Option<String>,
    pub signer: Option<String>,
}
