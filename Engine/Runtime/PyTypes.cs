namespace Engine.Runtime;

/// <summary>The builtin type objects, and the exception hierarchy of CPython 3.11 (the part a sandbox can raise).</summary>
public static class PyTypes
{
    public static readonly PyType Object = new("object", null) { HasInstanceDict = false };
    public static readonly PyType Type = new("type", Object);
    public static readonly PyType NoneType = new("NoneType", Object);
    public static readonly PyType Ellipsis = new("ellipsis", Object);
    public static readonly PyType Int = new("int", Object);
    public static readonly PyType Bool = new("bool", Int);
    public static readonly PyType Float = new("float", Object);
    public static readonly PyType Complex = new("complex", Object);
    public static readonly PyType Str = new("str", Object);
    public static readonly PyType Bytes = new("bytes", Object);
    public static readonly PyType ByteArray = new("bytearray", Object);
    public static readonly PyType MemoryView = new("memoryview", Object);
    public static readonly PyType List = new("list", Object);
    public static readonly PyType Tuple = new("tuple", Object);
    public static readonly PyType Dict = new("dict", Object);
    public static readonly PyType Set = new("set", Object);
    public static readonly PyType FrozenSet = new("frozenset", Object);
    public static readonly PyType Range = new("range", Object);
    public static readonly PyType Slice = new("slice", Object);
    public static readonly PyType Function = new("function", Object);
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", Object);
    public static readonly PyType BuiltinMethod = BuiltinFunction;
    public static readonly PyType MethodDescriptor = new("method_descriptor", Object);
    public static readonly PyType WrapperDescriptor = new("wrapper_descriptor", Object);
    public static readonly PyType MethodWrapper = new("method-wrapper", Object);
    public static readonly PyType Method = new("method", Object);
    public static readonly PyType Code = new("code", Object);
    public static readonly PyType Cell = new("cell", Object);
    public static readonly PyType ListIterator = new("list_iterator", Object);
    public static readonly PyType TupleIterator = new("tuple_iterator", Object);
    public static readonly PyType RangeIterator = new("range_iterator", Object);
    public static readonly PyType StrIterator = new("str_ascii_iterator", Object);
    public static readonly PyType BytesIterator = new("bytes_iterator", Object);
    public static readonly PyType ByteArrayIterator = new("bytearray_iterator", Object);
    public static readonly PyType MemoryIterator = new("memory_iterator", Object);
    public static readonly PyType SetIterator = new("set_iterator", Object);
    public static readonly PyType DictKeyIterator = new("dict_keyiterator", Object);
    public static readonly PyType DictValueIterator = new("dict_valueiterator", Object);
    public static readonly PyType DictItemIterator = new("dict_itemiterator", Object);
    public static readonly PyType DictKeys = new("dict_keys", Object);
    public static readonly PyType DictValues = new("dict_values", Object);
    public static readonly PyType DictItems = new("dict_items", Object);
    public static readonly PyType Enumerate = new("enumerate", Object);
    public static readonly PyType Zip = new("zip", Object);
    public static readonly PyType Map = new("map", Object);
    public static readonly PyType Filter = new("filter", Object);
    public static readonly PyType Reversed = new("list_reverseiterator", Object);
    public static readonly PyType Super = new("super", Object);
    public static readonly PyType Generator = new("generator", Object);
    public static readonly PyType Traceback = new("traceback", Object);
    public static readonly PyType Module = new("module", Object);
    public static readonly PyType NotImplementedType = new("NotImplementedType", Object);
    public static readonly PyType Property = new("property", Object);
    public static readonly PyType ClassMethod = new("classmethod", Object);
    public static readonly PyType StaticMethod = new("staticmethod", Object);
    public static readonly PyType MemberDescriptor = new("member_descriptor", Object);

    public static readonly PyType BaseException = new("BaseException", Object);
    public static readonly PyType SystemExit = new("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = new("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = new("GeneratorExit", BaseException);
    public static readonly PyType Exception = new("Exception", BaseException);
    public static readonly PyType ArithmeticError = new("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = new("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = new("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = new("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = new("AssertionError", Exception);
    public static readonly PyType AttributeError = new("AttributeError", Exception);
    public static readonly PyType EOFError = new("EOFError", Exception);
    public static readonly PyType ImportError = new("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = new("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = new("LookupError", Exception);
    public static readonly PyType IndexError = new("IndexError", LookupError);
    public static readonly PyType KeyError = new("KeyError", LookupError);
    public static readonly PyType MemoryError = new("MemoryError", Exception);
    public static readonly PyType NameError = new("NameError", Exception);
    public static readonly PyType UnboundLocalError = new("UnboundLocalError", NameError);
    public static readonly PyType RuntimeError = new("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = new("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = new("RecursionError", RuntimeError);
    public static readonly PyType StopIteration = new("StopIteration", Exception);
    public static readonly PyType SystemError = new("SystemError", Exception);
    public static readonly PyType TypeError = new("TypeError", Exception);
    public static readonly PyType ValueError = new("ValueError", Exception);
    public static readonly PyType UnicodeError = new("UnicodeError", ValueError);

    /// <summary>The exception classes the builtins namespace exposes.</summary>
    public static readonly PyType[] Exceptions =
    [
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, ArithmeticError,
        FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, EOFError,
        ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
        UnboundLocalError, RuntimeError, NotImplementedError, RecursionError, StopIteration, SystemError,
        TypeError, ValueError, UnicodeError,
    ];
}
