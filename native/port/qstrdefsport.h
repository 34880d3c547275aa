// qstrs whose text is not a valid C identifier: MP_QSTR__slash_lib is "/lib" only if declared here
// (otherwise the qstr scanner takes the mangled name literally).
// *FORMAT-OFF*
Q(/lib)
Q(.)
Q(utf-8)
Q(<stdin>)
